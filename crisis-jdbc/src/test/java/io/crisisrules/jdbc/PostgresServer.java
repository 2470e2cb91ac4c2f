package io.crisisrules.jdbc;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per test JVM: the server named by
 * {@code -Dcrisis.postgres.url=jdbc:postgresql://…} (or {@code CRISIS_POSTGRES_URL}), otherwise a
 * throwaway cluster started from the distribution's binaries ({@code /usr/lib/postgresql/N/bin}:
 * {@code initdb} and {@code pg_ctl} in a temporary folder, on a free port of 127.0.0.1, without fsync),
 * stopped and deleted when the JVM exits. As root (CI), the server runs as the {@code postgres}
 * user, since PostgreSQL refuses to run as root.
 *
 * <p>Without a server or binaries the PostgreSQL tests are skipped, except under CI
 * ({@code CI=true}), where they fail: {@code .ci/run} installs the binaries.
 */
final class PostgresServer {
    private static PostgresServer instance;

    private final String url;

    private PostgresServer(String url) {
        this.url = url;
    }

    /** @return the base URL of the server's {@code postgres} database, user {@code crisis} */
    static synchronized String url() {
        if (instance == null) {
            instance = start();
        }
        return instance.url;
    }

    /** @return a new, empty database on the server, for one test class */
    static String newDatabase(String name) {
        String base = url();
        try (Connection admin = DriverManager.getConnection(base, "crisis", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + base, e);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    private static PostgresServer start() {
        String given = System.getProperty("crisis.postgres.url", System.getenv("CRISIS_POSTGRES_URL"));
        if (given != null && !given.isBlank()) {
            return new PostgresServer(given);
        }
        Path bin = binaries();
        if (bin == null) {
            String why = "no PostgreSQL: neither -Dcrisis.postgres.url nor /usr/lib/postgresql/*/bin/initdb"
                    + " (apt-get install postgresql)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why + "; CI must run the PostgreSQL tests");
            }
            Assumptions.abort(why);
        }
        try {
            return startCluster(bin);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static PostgresServer startCluster(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("crisis-postgres-");
        Path data = home.resolve("data");
        if (root) {
            UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "crisis", "--auth=trust",
                "-E", "UTF8", "--no-locale", "--no-sync");
        run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the JVM is going away; the folder is temporary
            }
            deleteQuietly(home);
        }, "stop-postgres"));
        return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    }

    private static void run(boolean asPostgres, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + output.strip());
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // temporary anyway
        }
    }
}
