package io.crisisrules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scripts and the style sheet a page inlines: Apache ECharts from its webjar (the version the
 * pom resolves, named in {@code echarts.properties}), its French locale, and the report's own
 * {@code report.js} and {@code report.css}. Read once, then shared.
 */
final class Scripts {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Properties ECHARTS = properties("echarts.properties");

    private Scripts() {
    }

    static String echarts() {
        return CACHE.computeIfAbsent(ECHARTS.getProperty("script"), Scripts::fromClassPath);
    }

    /** @return the script that registers ECharts' texts in that language, or "" for English, its own */
    static String echartsLocale(Locale language) {
        String path = ECHARTS.getProperty("locale." + language.getLanguage());
        return path == null ? "" : CACHE.computeIfAbsent(path, Scripts::fromClassPath);
    }

    static String echartsVersion() {
        return ECHARTS.getProperty("version");
    }

    static String report() {
        return CACHE.computeIfAbsent("report.js", Scripts::besideThisClass);
    }

    static String css() {
        return CACHE.computeIfAbsent("report.css", Scripts::besideThisClass);
    }

    private static String fromClassPath(String path) {
        // a webjar's files are not in a package, so they are readable through the class loader on
        // the class path and on the module path alike
        try (InputStream in = Scripts.class.getClassLoader().getResourceAsStream(path)) {
            return read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String besideThisClass(String file) {
        try (InputStream in = Scripts.class.getResourceAsStream(file)) {
            return read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String read(InputStream in, String path) throws IOException {
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path: crisis-report needs the "
                    + "org.webjars.npm:echarts jar it depends on");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Properties properties(String file) {
        try (InputStream in = Scripts.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
