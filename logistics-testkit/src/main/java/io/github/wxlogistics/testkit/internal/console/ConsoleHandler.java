package io.github.wxlogistics.testkit.internal.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console under {@code /console/} on the fake's port: the page (plain HTML, CSS and a little
 * JavaScript, served from the jar), the views as JSON, the actions, and a stream of change
 * events. WeChat's API has nothing under {@code /console/}.
 *
 * <p>Safe by default, as a page on a developer's machine must be:
 * <ul>
 *   <li>every request must name the server by a loopback {@code Host} ({@code 127.0.0.1},
 *       {@code localhost}, {@code [::1]} with the port), so a page on another site cannot reach it
 *       through DNS rebinding;</li>
 *   <li>views and actions need the console token, a random value the page carries, in the
 *       {@code X-Console-Token} header: a cross-site page can neither read the page nor send that
 *       header without a CORS preflight, which the console never grants;</li>
 *   <li>an action ({@code POST}) carrying an {@code Origin} other than the console's own is refused
 *       (403), whatever it carries;</li>
 *   <li>secrets are masked unless a view is asked with {@code ?reveal=true}.</li>
 * </ul>
 * Responses forbid framing and caching. Thread-safe.
 */
public final class ConsoleHandler implements HttpHandler {

    /** The path the console lives under. */
    public static final String PATH = "/console/";
    /** The header carrying the console token. */
    public static final String TOKEN_HEADER = "X-Console-Token";

    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_STREAMS = 16;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Map<String, String> STATIC = Map.of(
            "console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8");

    private final Map<String, ConsoleView> views = new LinkedHashMap<>();
    private final Map<String, ConsoleAction> actions = new LinkedHashMap<>();
    private final Changes changes;
    private final JsonObject about;
    private final String token;
    private final AtomicInteger streams = new AtomicInteger();

    /**
     * A console showing these views and offering these actions.
     *
     * @param views   in the order of the page's tabs
     * @param actions every action the views' rows and forms name
     * @param changes what the event stream follows
     * @param about   what the page's header shows about the server (AppID, base URI, push URLs)
     */
    public ConsoleHandler(List<ConsoleView> views, List<ConsoleAction> actions, Changes changes, JsonObject about) {
        views.forEach(v -> this.views.put(v.name(), v));
        actions.forEach(a -> this.actions.put(a.name(), a));
        this.changes = Objects.requireNonNull(changes, "changes");
        this.about = Objects.requireNonNull(about, "about");
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
    }

    /**
     * The console token, for a client other than the page (the page carries it).
     *
     * @return the token
     */
    public String token() {
        return token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            serve(exchange);
        } catch (IOException | UncheckedIOException e) {
            // The browser went away.
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        secureHeaders(exchange);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String rest = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
        if (!loopbackHost(exchange)) {
            text(exchange, 403, "the console answers only to a loopback Host (127.0.0.1, localhost or [::1] with "
                    + "the port)");
            return;
        }
        if (!rest.startsWith("api/")) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                methodNotAllowed(exchange, "GET");
            } else if (rest.isEmpty() || rest.equals("index.html")) {
                send(exchange, 200, "text/html; charset=utf-8", page());
            } else if (STATIC.containsKey(rest)) {
                send(exchange, 200, STATIC.get(rest), resource(rest));
            } else {
                text(exchange, 404, "no such console page: " + rest);
            }
            return;
        }
        String api = rest.substring("api/".length());
        if (api.equals("events")) {
            if (method.equals("GET")) {
                events(exchange);
            } else {
                methodNotAllowed(exchange, "GET");
            }
            return;
        }
        String crossSite = method.equals("GET") || method.equals("HEAD") ? "" : crossSite(exchange);
        if (!crossSite.isEmpty()) {
            error(exchange, 403, crossSite);
            return;
        }
        if (!tokenMatches(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
            error(exchange, 403, "the console token is missing or wrong (header " + TOKEN_HEADER + ")");
            return;
        }
        if (api.equals("about") && method.equals("GET")) {
            json(exchange, 200, about());
        } else if (api.startsWith("view/") && method.equals("GET")) {
            view(exchange, api.substring("view/".length()));
        } else if (api.startsWith("action/") && method.equals("POST")) {
            action(exchange, api.substring("action/".length()));
        } else if (api.equals("about") || api.startsWith("view/")) {
            methodNotAllowed(exchange, "GET");
        } else if (api.startsWith("action/")) {
            methodNotAllowed(exchange, "POST");
        } else {
            error(exchange, 404, "no such console call: " + api);
        }
    }

    private JsonObject about() {
        JsonArrayBuilder tabs = Json.createArrayBuilder();
        views.values().forEach(v -> tabs.add(Json.createObjectBuilder().add("name", v.name()).add("title", v.title())));
        return Json.createObjectBuilder(about).add("views", tabs).build();
    }

    private void view(HttpExchange exchange, String name) throws IOException {
        ConsoleView view = views.get(name);
        if (view == null) {
            error(exchange, 404, "no such view: " + name + "; views: " + String.join(", ", views.keySet()));
            return;
        }
        json(exchange, 200, view.render(revealAsked(exchange) ? Secrets.revealed() : Secrets.masked()));
    }

    /** Why a request that may change something comes from another site, or empty when it does not. */
    private static String crossSite(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host)) {
            return "cross-origin request refused: Origin " + origin + " is not this console's";
        }
        String fetchSite = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return "cross-site request refused (Sec-Fetch-Site " + fetchSite + ")";
        }
        return "";
    }

    private void action(HttpExchange exchange, String name) throws IOException {
        ConsoleAction action = actions.get(name);
        if (action == null) {
            error(exchange, 404, "no such action: " + name + "; actions: " + String.join(", ", actions.keySet()));
            return;
        }
        JsonObject args;
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            error(exchange, 413, "the arguments are over " + MAX_BODY + " bytes");
            return;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body.length == 0 ? "{}".getBytes(
                StandardCharsets.UTF_8) : body))) {
            args = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            error(exchange, 400, "the arguments must be a JSON object");
            return;
        }
        JsonObject result;
        try {
            result = action.run(args, revealAsked(exchange) ? Secrets.revealed() : Secrets.masked());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(exchange, 400, name + ": " + e.getMessage());
            return;
        } finally {
            changes.bump();
        }
        json(exchange, 200, result);
    }

    /** Server-sent events: {@code data: VERSION} whenever something changed, a comment every 15 s. */
    private void events(HttpExchange exchange) throws IOException {
        if (streams.incrementAndGet() > MAX_STREAMS) {
            streams.decrementAndGet();
            text(exchange, 503, "too many console pages open");
            return;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long seen = changes.version();
            write(out, "retry: 1000\ndata: " + seen + "\n\n");
            while (!changes.isClosed()) {
                long now = changes.await(seen, KEEP_ALIVE);
                write(out, now == seen ? ": keep-alive\n\n" : "data: " + now + "\n\n");
                seen = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.decrementAndGet();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private boolean loopbackHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        int port = exchange.getLocalAddress().getPort();
        String suffix = ":" + port;
        return host.endsWith(suffix) && LOOPBACK_HOSTS.contains(host.substring(0, host.length() - suffix.length()));
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean revealAsked(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query != null && List.of(query.split("&")).contains("reveal=true");
    }

    private byte[] page() {
        String html = new String(resource("index.html"), StandardCharsets.UTF_8);
        return html.replace("{{CONSOLE_TOKEN}}", token).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConsoleHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void secureHeaders(HttpExchange exchange) {
        var h = exchange.getResponseHeaders();
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                + "base-uri 'none'; form-action 'none'");
    }

    private static void methodNotAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        error(exchange, 405, "use " + allow);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Json.createObjectBuilder().add("error", message).build());
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
