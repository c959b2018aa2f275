package io.github.wxlogistics.testkit.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A well-behaved HTTP/1.1 server on loopback that records every request and answers by path:
 * <ul>
 *   <li>{@code /echo...}: 200 with the request body; {@code ?chunked=true} answers chunked;</li>
 *   <li>{@code /status/NNN}: status NNN with a UTF-8 body and an {@code X-Status} header;</li>
 *   <li>{@code /redirect}: 302 to {@code /echo};</li>
 *   <li>{@code /reply?id=N}: 200 with body {@code reply-N};</li>
 *   <li>anything else: 200 with body {@code ok}.</li>
 * </ul>
 */
final class LoopbackServer implements AutoCloseable {

    /** The UTF-8 body every {@code /status/NNN} reply carries, after the code. */
    static final String STATUS_BODY_SUFFIX = " 物流助手 {\"errcode\":0}";

    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<CapturedExchange> requests = new LinkedBlockingQueue<>();

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on an ephemeral loopback port. */
    static LoopbackServer start() throws IOException {
        // A deep backlog, so hundreds of simultaneous connects are accepted without SYN retries.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "contract-loopback-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LoopbackServer loopback = new LoopbackServer(server, executor);
        server.createContext("/", loopback::handle);
        server.setExecutor(executor);
        server.start();
        return loopback;
    }

    /** An absolute URI on this server for a raw path and query, such as {@code /echo?a=b}. */
    URI uri(String rawPathAndQuery) {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + rawPathAndQuery);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * The oldest recorded request not yet taken, without waiting: a request is recorded before its
     * reply is sent, so once an exchange has completed, its request is here. Fails if there is none.
     */
    CapturedExchange nextRequest() {
        CapturedExchange request = requests.poll();
        if (request == null) {
            throw new AssertionError("the server has received no further request");
        }
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            requests.add(new CapturedExchange(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                    headers, body));
            reply(exchange, uri, body);
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, URI uri, byte[] requestBody) throws IOException {
        String path = uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (path.startsWith("/echo")) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().add("X-Multi", "first");
            exchange.getResponseHeaders().add("X-Multi", "second");
            boolean chunked = query.contains("chunked=true");
            send(exchange, 200, requestBody, chunked);
        } else if (path.startsWith("/status/")) {
            int status = Integer.parseInt(path.substring("/status/".length()));
            exchange.getResponseHeaders().add("X-Status", Integer.toString(status));
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            byte[] body = status == 204 || status == 304 ? new byte[0]
                    : (status + STATUS_BODY_SUFFIX).getBytes(StandardCharsets.UTF_8);
            send(exchange, status, body, false);
        } else if (path.equals("/redirect")) {
            exchange.getResponseHeaders().add("Location", "/echo");
            send(exchange, 302, "moved".getBytes(StandardCharsets.UTF_8), false);
        } else if (path.equals("/reply")) {
            String id = query.startsWith("id=") ? query.substring(3) : "?";
            send(exchange, 200, ("reply-" + id).getBytes(StandardCharsets.UTF_8), false);
        } else {
            send(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8), false);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean chunked) throws IOException {
        if (status == 204 || status == 304) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // sendResponseHeaders: 0 means chunked, -1 means no body, n means Content-Length n.
        exchange.sendResponseHeaders(status, chunked ? 0 : (body.length == 0 ? -1 : body.length));
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
