package io.crisisrules.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library on the module path (issue 16), as a host that is a module of its own sees it: a
 * module requiring {@code io.crisisrules.core}, compiled and launched with {@code java --module-path
 * … -m …} against the packaged jars in {@code target/lib} (crisis-core, crisis-rules, Drools), and
 * one requiring the automatic modules {@code io.crisisrules.json} and {@code io.crisisrules.jdbc} too
 * (issue 20).
 * Runs in {@code mvn verify} (failsafe), after {@code package} has copied the jars.
 */
class ModulePathIT {
    private static final Path LIB = Path.of("target", "lib");
    private static final String MODULE = "io.crisisrules.quickstart";

    @TempDir
    Path work;

    @Test
    void the_quick_start_runs_on_the_module_path_and_prints_what_the_readme_shows() throws Exception {
        Path classes = compile(quickStart());

        String output = run(classes, MODULE + "/io.crisisrules.quickstart.QuickStart");

        assertThat(output.lines().findFirst()).hasValue("MODERATE PRODUCT_SERVICE_CRITICISM");
        assertThat(output).contains("FIRST_RESPONSE due ").contains("c1: DELETE_AND_REPORT [MOD-01]");
    }

    @Test
    void plan_texts_are_read_from_the_module_in_french_and_english() throws Exception {
        Path classes = compile(quickStart(), source("Texts", """
                package io.crisisrules.quickstart;

                import io.crisisrules.model.ActionKind;
                import io.crisisrules.text.PlanTexts;
                import java.util.Locale;

                public class Texts {
                    public static void main(String[] args) {
                        System.out.println(PlanTexts.of(Locale.FRENCH).title(ActionKind.APOLOGISE));
                        System.out.println(PlanTexts.of(Locale.GERMAN).locale());
                    }
                }
                """));

        String output = run(classes, MODULE + "/io.crisisrules.quickstart.Texts");

        assertThat(output.lines()).containsExactly("Reconnaître l'erreur et présenter des excuses", "en");
    }

    @Test
    void crisis_json_and_crisis_jdbc_work_as_automatic_modules() throws Exception {
        Path moduleInfo = work.resolve("src/module-info.java");
        Files.createDirectories(moduleInfo.getParent());
        Files.writeString(moduleInfo, "module " + MODULE + " { requires io.crisisrules.core; requires io.crisisrules.json;"
                + " requires io.crisisrules.jdbc; requires com.h2database; requires java.sql; }\n");
        Path classes = compile(List.of(moduleInfo, source("Host", """
                package io.crisisrules.quickstart;

                import io.crisisrules.CrisisEngine;
                import io.crisisrules.jdbc.JdbcOffenceHistory;
                import io.crisisrules.json.CrisisJson;
                import io.crisisrules.model.*;
                import org.h2.jdbcx.JdbcConnectionPool;
                import java.time.*;
                import java.util.*;

                public class Host {
                    public static void main(String[] args) {
                        Instant now = Instant.parse("2026-03-10T09:00:00Z");
                        JdbcOffenceHistory offences = new JdbcOffenceHistory(
                                JdbcConnectionPool.create("jdbc:h2:mem:modulepath;DB_CLOSE_DELAY=-1", "sa", ""));
                        CrisisEngine engine = CrisisEngine.builder().clock(Clock.fixed(now, ZoneOffset.UTC))
                                .offenceHistory(offences).build();
                        Assessment assessment = engine.evaluate(Snapshot.builder(BrandContext.of("acme", Sector.RETAIL))
                                .comment(new Comment("c1", "u1", Channel.X, "you are all crooks", now.minusSeconds(60),
                                        Set.of(CommentLabel.INSULTING), Map.of(), null))
                                .build());
                        CrisisJson json = CrisisJson.create();
                        String written = json.write(assessment);
                        System.out.println(json.read(written, Assessment.class).equals(assessment));
                        System.out.println(json.read(json.write(assessment.moderation().get(0)), ModerationDecision.class).action());
                        System.out.println(offences.offencesSince("u1", now.minus(Duration.ofDays(1))).size());
                    }
                }
                """)));

        // automatic modules declare no requirements: what crisis-json runs on (Jackson, the schema
        // validator) is resolved with --add-modules
        String output = run(classes, MODULE + "/io.crisisrules.quickstart.Host", "--add-modules", "ALL-MODULE-PATH");

        assertThat(output.lines()).containsExactly("true", "DELETE_AND_REPORT", "1");
    }

    @Test
    void the_engine_internals_are_not_exported() throws IOException {
        List<Path> sources = new ArrayList<>(quickStart());
        sources.add(source("Internals", """
                package io.crisisrules.quickstart;

                public class Internals {
                    Class<?> compiled = io.crisisrules.internal.CompiledRules.class;
                }
                """));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int status = javac(sources, work.resolve("internals"), errors);

        assertThat(status).isNotZero();
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("io.crisisrules.internal").contains("not visible");
    }

    /** The README's quick start as a class of a module that requires io.crisisrules.core. */
    private List<Path> quickStart() throws IOException {
        Path moduleInfo = work.resolve("src/module-info.java");
        Files.createDirectories(moduleInfo.getParent());
        Files.writeString(moduleInfo, "module " + MODULE + " { requires io.crisisrules.core; }\n");
        String quickStart = Files.readString(Path.of("src/main/java/io/crisisrules/examples/QuickStart.java"))
                .replace("package io.crisisrules.examples;", "package io.crisisrules.quickstart;");
        return new ArrayList<>(List.of(moduleInfo, source("QuickStart", quickStart)));
    }

    private Path source(String className, String text) throws IOException {
        Path file = work.resolve("src/io/crisisrules/quickstart/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path compile(List<Path> sources, Path... more) throws IOException {
        List<Path> all = new ArrayList<>(sources);
        all.addAll(List.of(more));
        Path classes = work.resolve("classes");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac(all, classes, errors)).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    private Path compile(List<Path> sources) throws IOException {
        return compile(sources, new Path[0]);
    }

    private static int javac(List<Path> sources, Path classes, ByteArrayOutputStream errors) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--module-path", LIB.toString(), "-d", classes.toString(),
                "-encoding", "UTF-8"));
        sources.forEach(source -> arguments.add(source.toString()));
        return compiler.run(null, null, errors, arguments.toArray(String[]::new));
    }

    private static String run(Path classes, String mainClass, String... options) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "--module-path", classes + File.pathSeparator + LIB));
        command.addAll(List.of(options));
        command.addAll(List.of("-m", mainClass));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the module ends").isTrue();
        drain.join();
        assertThat(process.exitValue()).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        return output;
    }
}
