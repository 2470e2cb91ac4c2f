package io.crisisrules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which packages of the default rules a house overlay leaves untouched, so that they are included
 * from the precompiled module instead of compiled again with the house's files (issue 16: compiling
 * every default rule at run time is most of an overlay's build). A package is untouched when every
 * default file of it is kept unchanged, no house file is in it, and it declares no type a house file
 * names (a {@code declare} must be compiled with the rules that use it, as {@link RuleChecks} does);
 * it is included only when the precompiled module has a KIE base of that package alone
 * ({@link #baseOf}, listed in the crisis-rules jar's {@code META-INF/kmodule.xml}).
 */
final class PrecompiledPackages {
    private static final String BASE_SUFFIX = ".package";
    private static final Pattern KBASE_NAME = Pattern.compile("<kbase\\s[^>]*\\bname=\"([^\"]+)\"");

    /**
     * @param included the default packages taken from the precompiled module
     * @param compiled the files to compile at run time: the house's and those of the packages they touch
     */
    record Split(Set<String> included, List<RuleSource> compiled) {
    }

    private PrecompiledPackages() {
    }

    /** @return the name of the precompiled KIE base holding only this package */
    static String baseOf(String packageName) {
        return packageName + BASE_SUFFIX;
    }

    /**
     * @param moduleRoot the precompiled module's descriptors ({@code META-INF/kmodule.xml} in it)
     * @return the names of its KIE bases
     * @throws IOException when the descriptor cannot be read
     */
    static Set<String> basesIn(Path moduleRoot) throws IOException {
        String descriptor = Files.readString(moduleRoot.resolve("META-INF/kmodule.xml"), StandardCharsets.UTF_8);
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = KBASE_NAME.matcher(descriptor);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * @param defaults the default files, as the crisis-rules jar ships them
     * @param sources  the files an engine is built on: the defaults with the house's overlaid
     * @param bases    the precompiled module's KIE bases
     * @return what to include and what to compile
     */
    static Split split(List<RuleSource> defaults, List<RuleSource> sources, Set<String> bases) {
        Set<RuleSource> present = new HashSet<>(sources);
        Set<RuleSource> shipped = new HashSet<>(defaults);
        Map<String, List<RuleSource>> byPackage = new LinkedHashMap<>();
        Set<String> touched = new HashSet<>();
        for (RuleSource source : defaults) {
            String packageName = packageOf(source);
            byPackage.computeIfAbsent(packageName, name -> new ArrayList<>()).add(source);
            if (!present.contains(source)) {
                touched.add(packageName); // replaced or emptied by a house file
            }
        }
        List<RuleSource> authored = sources.stream().filter(source -> !shipped.contains(source)).toList();
        authored.forEach(source -> touched.add(packageOf(source)));
        RuleChecks.declarationsUsed(defaults, sources, authored).forEach(source -> touched.add(packageOf(source)));
        Set<String> included = new LinkedHashSet<>();
        byPackage.keySet().stream().filter(name -> !name.isEmpty() && !touched.contains(name)
                && bases.contains(baseOf(name))).forEach(included::add);
        List<RuleSource> compiled = sources.stream().filter(source -> !included.contains(packageOf(source))).toList();
        return new Split(Set.copyOf(included), compiled);
    }

    private static String packageOf(RuleSource source) {
        return DrlOutline.of(source.content()).packageName();
    }
}
