package io.crisisrules.examples.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./crisis} launcher's start-up options (issue 18, fast checks): the first run writes the
 * class-data archive and says so on stderr, later runs read it (with {@code -Xshare:on}, which refuses to
 * start without a usable archive), a stale stamp writes it again, {@code CRISIS_CDS=off} neither reads
 * nor writes it, and the tool's copy of ECJ is not a signed jar (whose classes the JVM cannot archive).
 * The launcher runs from a copy of the repository's root holding links to the packaged tool, so it
 * never sees sources newer than the jar (and never starts Maven) and writes its archive there.
 * Runs in {@code mvn verify} (failsafe), after {@code package}.
 */
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path root;

    private Path archive;
    private Path rules;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Files.copy(ROOT.resolve("crisis"), root.resolve("crisis"));
        Path target = Files.createDirectories(root.resolve("crisis-examples/target"));
        Files.createSymbolicLink(target.resolve("crisis-cli.jar"), TARGET.resolve("crisis-cli.jar"));
        Files.createSymbolicLink(target.resolve("lib"), TARGET.resolve("lib"));
        Files.createSymbolicLink(root.resolve("samples"), ROOT.resolve("samples"));
        archive = target.resolve("crisis-cli.jsa");
        rules = Files.createDirectories(root.resolve("house"));
        Files.copy(ROOT.resolve("samples/host-project/src/main/resources/crisis-rules/moderation/watch-list.drl"),
                rules.resolve("watch-list.drl"));
    }

    private Run crisis(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("crisis").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().remove("CRISIS_CDS");
        builder.environment().remove("CRISIS_JAVA_OPTS");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the launcher finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_first_run_writes_the_archive_and_later_runs_read_it() throws Exception {
        Run first = crisis(Map.of(), "check-rules", rules.toString());
        String stamp = Files.readString(archive.resolveSibling("crisis-cli.jsa.stamp"));
        Run second = crisis(Map.of("CRISIS_JAVA_OPTS", "-Xshare:on"), "check-rules", rules.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("crisis: writing a class-data archive");
        assertThat(first.out()).contains("added: watch-list.drl");
        assertThat(archive).isRegularFile();
        assertThat(stamp).doesNotStartWith("failed");
        // -Xshare:on: the JVM refuses to start unless it maps the archive
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("class-data archive");
        assertThat(second.out()).isEqualTo(first.out());
        // nothing left of writing it: no class list, no half-written archive, no crash log
        assertThat(archive.getParent()).isDirectoryNotContaining("glob:**/*.{classlist,new}*");
        assertThat(root).isDirectoryNotContaining("glob:**/hs_err*");

        Files.writeString(archive.resolveSibling("crisis-cli.jsa.stamp"), "another build\n");
        Run afterABuild = crisis(Map.of(), "--version");

        assertThat(afterABuild.exitCode()).as(afterABuild.err()).isZero();
        assertThat(afterABuild.err()).contains("crisis: writing a class-data archive");
        assertThat(Files.readString(archive.resolveSibling("crisis-cli.jsa.stamp"))).isEqualTo(stamp);
    }

    @Test
    void with_cds_off_the_launcher_neither_writes_nor_reads_an_archive() throws Exception {
        Run run = crisis(Map.of("CRISIS_CDS", "off"), "check-rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("class-data archive");
        assertThat(run.out()).contains("added: watch-list.drl");
        assertThat(archive).doesNotExist();
    }

    @Test
    void the_tools_copy_of_ecj_is_not_a_signed_jar() throws IOException {
        try (var jars = Files.list(TARGET.resolve("lib"))) {
            List<Path> ecj = jars.filter(jar -> jar.getFileName().toString().startsWith("ecj-")).toList();
            assertThat(ecj).hasSize(1);
            try (ZipFile jar = new ZipFile(ecj.get(0).toFile())) {
                assertThat(jar.stream().map(entry -> entry.getName()))
                        .contains("org/eclipse/jdt/internal/compiler/Compiler.class")
                        .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
            }
        }
    }
}
