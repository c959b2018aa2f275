package io.github.wxlogistics.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.wxlogistics.testkit.FakeResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP handler: journals the request, applies a scripted reply if one is queued for its
 * path, otherwise routes it (method, then access token, then body) to the call's handler.
 */
public final class Dispatcher implements HttpHandler {

    private static final String JSON = "application/json; encoding=utf-8";
    private static final int MAX_BODY = 1 << 20;
    private static final Duration STALL_LIMIT = Duration.ofMinutes(10);

    private final Journal journal;
    private final ScriptQueue script;
    private final Endpoints endpoints;
    private final TokenRegistry tokens;
    private final CountDownLatch closing;

    /** A handler over these parts; {@code closing} opens when the server starts to close. */
    public Dispatcher(Journal journal, ScriptQueue script, Endpoints endpoints, TokenRegistry tokens,
            CountDownLatch closing) {
        this.journal = journal;
        this.script = script;
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.closing = closing;
    }

    private record Reply(int status, String contentType, byte[] body) {
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            byte[] body = readBody(exchange.getRequestBody());
            journal.record(method, path, query, exchange.getRequestHeaders(), body);
            Optional<FakeResponse> scripted = script.take(path);
            if (scripted.isPresent() && !waitOrClosing(scripted.get().headersDelay())) {
                return;
            }
            FakeResponse.Kind kind = scripted.map(FakeResponse::kind).orElse(FakeResponse.Kind.PROCEED);
            switch (kind) {
                case CANNED -> send(exchange, new Reply(scripted.get().status(), scripted.get().contentType(),
                        scripted.get().body()));
                case STALL -> waitOrClosing(STALL_LIMIT);
                case TRUNCATED_BODY -> {
                    Reply full = route(method, path, query, body);
                    send(exchange, new Reply(full.status(), full.contentType(),
                            Arrays.copyOf(full.body(), full.body().length / 2)));
                }
                case DROP_MID_BODY -> dropMidBody(exchange, route(method, path, query, body));
                case PROCEED -> send(exchange, route(method, path, query, body));
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            // Closing an exchange whose reply is incomplete (or never started) closes the connection.
            exchange.close();
        }
    }

    /** Waits for {@code delay}; false when the server began closing first. */
    private boolean waitOrClosing(Duration delay) {
        try {
            return delay.isZero() || !closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Reply route(String method, String path, Map<String, String> query, byte[] body) {
        Optional<Endpoints.Endpoint> endpoint = endpoints.find(path);
        if (endpoint.isEmpty()) {
            return new Reply(404, "text/plain; charset=utf-8", "404 page not found".getBytes(StandardCharsets.UTF_8));
        }
        Endpoints.Endpoint e = endpoint.get();
        try {
            if (!e.method().equals(method)) {
                return json(Envelopes.error(43002, "require " + e.method() + " method"));
            }
            if (e.needsToken()) {
                int verdict = tokens.check(query.get("access_token"));
                if (verdict != 0) {
                    return json(Envelopes.error(ApiError.of(verdict)));
                }
            }
            JsonObject json = e.method().equals("POST") ? Jsons.parseRequest(body) : JsonValue.EMPTY_JSON_OBJECT;
            return json(Jsons.bytes(e.handler().apply(new Endpoints.Call(query, json))));
        } catch (ApiError error) {
            return json(Envelopes.error(error));
        } catch (RuntimeException bug) {
            // A defect of the fake itself: say so rather than pass it off as a WeChat answer.
            return json(Envelopes.error(-1, "system error hint: [fake server failure: " + bug.getClass().getName() + "]"));
        }
    }

    private static Reply json(byte[] body) {
        return new Reply(200, JSON, body);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private static void dropMidBody(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length);
        OutputStream out = exchange.getResponseBody();
        out.write(reply.body(), 0, reply.body().length / 2);
        out.flush();
        // The finally block's exchange.close() now finds bytes missing and closes the socket.
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY);
        in.transferTo(OutputStream.nullOutputStream());
        return body;
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            out.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
