package io.crisisrules.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution's Chromium, headless, driven over the DevTools protocol (a WebSocket, with the
 * JDK's own client): open a page, wait until its charts have drawn, read the DOM, collect console
 * errors and uncaught exceptions, take screenshots. No WebDriver needed.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    /** @return the Chromium binary: $CHROMIUM, or the Debian package's, if there is one */
    static Optional<Path> executable() {
        String configured = System.getenv("CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    HeadlessChromium(Path executable) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("crisis-chromium");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher matcher = DEVTOOLS.matcher(line);
                    if (matcher.find()) {
                        address.complete(matcher.group(1));
                    }
                }
                address.completeExceptionally(new IOException("chromium ended without a DevTools address"));
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)), new Listener())
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("cannot start " + executable + " headless: " + e, e);
        }
    }

    /** Reassembles messages sent in parts and hands them to the waiting call or the event list. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode node = JSON.readTree(message.toString());
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> call = calls.remove(node.get("id").asInt());
                        if (call != null) {
                            call.complete(node);
                        }
                    } else {
                        events.add(node);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    JsonNode call(String sessionId, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
        request.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            request.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        calls.put(id, response);
        try {
            socket.sendText(request.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode answer = response.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + ": " + e, e);
        }
    }

    /**
     * Opens a page in a new tab of the given size and waits until it says its charts have drawn
     * ({@code data-render-ms} on {@code <html>}).
     */
    Tab open(Path file, int width, int height) {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Tab tab = new Tab(session);
        call(session, "Runtime.enable", Map.of());
        call(session, "Log.enable", Map.of());
        call(session, "Page.enable", Map.of());
        call(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        long started = System.nanoTime();
        String url = file.toAbsolutePath().toUri().toString();
        call(session, "Page.navigate", Map.of("url", url));
        long deadline = started + TIMEOUT.toNanos();
        String drawn;
        try {
            // until the new document is there, the tab still shows about:blank, or no document at all
            drawn = "location.href === " + JSON.writeValueAsString(url)
                    + " && document.documentElement ? document.documentElement.getAttribute('data-render-ms') : null";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (tab.evaluate(drawn).isNull()) {
            if (System.nanoTime() > deadline || !tab.errors().isEmpty()) {
                break;
            }
            sleep();
        }
        tab.wallMillis = (System.nanoTime() - started) / 1_000_000;
        return tab;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One page, attached by its own DevTools session. */
    final class Tab {
        private final String session;
        long wallMillis;

        Tab(String session) {
            this.session = session;
        }

        /** @return the value of a JavaScript expression (JSON values only) */
        JsonNode evaluate(String expression) {
            JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
            }
            JsonNode value = result.get("result").get("value");
            return value == null ? JSON.nullNode() : value;
        }

        /** @return every console error or warning, uncaught exception and error log entry of this page */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (JsonNode event : events) {
                if (!session.equals(event.path("sessionId").asText())) {
                    continue;
                }
                JsonNode params = event.path("params");
                switch (event.path("method").asText()) {
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                    case "Runtime.consoleAPICalled" -> {
                        String type = params.path("type").asText();
                        if (List.of("error", "assert", "warning").contains(type)) {
                            errors.add("console." + type + ": " + params.path("args"));
                        }
                    }
                    case "Log.entryAdded" -> {
                        if ("error".equals(params.path("entry").path("level").asText())) {
                            errors.add("log: " + params.path("entry"));
                        }
                    }
                    default -> {
                    }
                }
            }
            return errors;
        }

        /** Saves a PNG of the element the selector finds, whole, however far down the page it is. */
        void screenshot(String selector, Path file) throws IOException {
            JsonNode box = evaluate("(() => { const r = document.querySelector(" + JSON.writeValueAsString(selector)
                    + ").getBoundingClientRect(); return {x: r.left + window.scrollX, y: r.top + window.scrollY,"
                    + " width: r.width, height: r.height}; })()");
            Map<String, Object> clip = Map.of("x", box.get("x").asDouble(), "y", box.get("y").asDouble(),
                    "width", box.get("width").asDouble(), "height", box.get("height").asDouble(), "scale", 1);
            JsonNode shot = call(session, "Page.captureScreenshot",
                    Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException ignored) {
            // the browser is stopped below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
