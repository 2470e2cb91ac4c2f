import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's quick start as a module of ours ({@code src/module/java}, {@code requires
 * io.crisisrules.core}), compiled and run with {@code --module-path} against the jars the build
 * copied to {@code target/lib}: crisis-core, crisis-rules, Drools.
 */
class QuickStartOnModulePathTest {
    private static final Path LIB = Path.of("target", "lib");

    @TempDir
    Path classes;

    @Test
    void theQuickStartRunsOnTheModulePathAndPrintsWhatTheReadmeShows() throws Exception {
        List<String> javac = new ArrayList<>(List.of("--module-path", LIB.toString(), "-d", classes.toString()));
        try (Stream<Path> sources = Files.walk(Path.of("src", "module", "java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javac.add(p.toString()));
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--module-path", classes + File.pathSeparator + LIB,
                "-m", "com.example.host/com.example.host.QuickStart")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the quick start ends");

        assertEquals(0, process.exitValue(), output);
        assertEquals("MODERATE PRODUCT_SERVICE_CRITICISM", output.lines().findFirst().orElse(""), output);
        assertTrue(output.contains("c1: DELETE_AND_REPORT [MOD-01]"), output);
    }
}
