package io.github.wxlogistics.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one HTTP handler: journals the request, then answers it with the scripted reply queued for
 * its path if there is one, otherwise with the current dispatcher's reply. The scripted reply's
 * {@code proceed}, {@code truncatedBody} and {@code dropConnectionMidBody} deliver the
 * dispatcher's reply; the same kinds returned by a dispatcher deliver the WeChat fake's reply.
 */
final class ExchangeHandler implements HttpHandler {

    private static final int MAX_BODY = 1 << 20;
    private static final Duration STALL_LIMIT = Duration.ofMinutes(10);

    private final Journal journal;
    private final ScriptQueue script;
    private final Supplier<Dispatcher> dispatcher;
    private final Dispatcher weChat;
    private final CountDownLatch closing;

    /**
     * A handler over these parts.
     *
     * @param dispatcher gives the dispatcher in force when a request arrives
     * @param weChat     the stateful WeChat fake
     * @param closing    opens when the server starts to close
     */
    public ExchangeHandler(Journal journal, ScriptQueue script, Supplier<Dispatcher> dispatcher, Dispatcher weChat,
            CountDownLatch closing) {
        this.journal = journal;
        this.script = script;
        this.dispatcher = dispatcher;
        this.weChat = weChat;
        this.closing = closing;
    }

    /** How a reply goes on the wire. */
    private enum Delivery {
        /** The whole reply. */
        COMPLETE,
        /** Headers promising the whole body, half of it, then the connection is closed. */
        DROP_MID_BODY,
        /** Nothing until the server closes (at most {@link #STALL_LIMIT}). */
        STALL,
        /** Nothing: the server began closing while the reply was delayed. */
        NONE
    }

    private record Reply(int status, String contentType, byte[] body, Delivery delivery, Map<String, String> headers) {
        static final Reply STALL = new Reply(0, "", new byte[0], Delivery.STALL);
        static final Reply NONE = new Reply(0, "", new byte[0], Delivery.NONE);

        Reply(int status, String contentType, byte[] body, Delivery delivery) {
            this(status, contentType, body, delivery, Map.of());
        }

        static Reply of(FakeResponse r) {
            return new Reply(r.status(), r.contentType(), r.body(), Delivery.COMPLETE, r.headers());
        }

        Reply truncated() {
            return delivery == Delivery.COMPLETE || delivery == Delivery.DROP_MID_BODY
                    ? new Reply(status, contentType, Arrays.copyOf(body, body.length / 2), delivery, headers) : this;
        }

        Reply dropped() {
            return delivery == Delivery.COMPLETE ? new Reply(status, contentType, body, Delivery.DROP_MID_BODY, headers) : this;
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        RecordedRequest request = null;
        Reply reply = null;
        try {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            byte[] body = readBody(exchange.getRequestBody());
            RecordedRequest recorded = journal.record(exchange.getRequestMethod(), path, query,
                    exchange.getRequestHeaders(), body);
            request = recorded;
            Optional<FakeResponse> scripted = script.take(path);
            reply = scripted.isPresent()
                    ? resolve(scripted.get(), () -> dispatcherReply(recorded))
                    : dispatcherReply(recorded);
            switch (reply.delivery()) {
                case COMPLETE -> send(exchange, reply);
                case DROP_MID_BODY -> dropMidBody(exchange, reply);
                case STALL -> waitOrClosing(STALL_LIMIT);
                case NONE -> {
                    // closing: the finally block closes the connection without a reply
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            // Closing an exchange whose reply is incomplete (or never started) closes the connection.
            exchange.close();
            if (request != null) {
                noteAnswer(request, reply);
            }
        }
    }

    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d{1,10})");

    /** Tells the journal how the request was answered (the console shows status, errcode and timing). */
    private void noteAnswer(RecordedRequest request, Reply reply) {
        if (reply == null) {
            journal.answered(request.sequenceNumber(), 0, Optional.empty(), "none");
            return;
        }
        Matcher m = ERRCODE.matcher(new String(reply.body(), StandardCharsets.UTF_8));
        Optional<Integer> errcode = Optional.empty();
        if (m.find()) {
            try {
                errcode = Optional.of(Integer.parseInt(m.group(1)));
            } catch (NumberFormatException e) {
                // not an int: leave it out
            }
        }
        String delivery = switch (reply.delivery()) {
            case COMPLETE -> "complete";
            case DROP_MID_BODY -> "dropped mid-body";
            case STALL -> "stalled";
            case NONE -> "none";
        };
        journal.answered(request.sequenceNumber(), reply.status(), errcode, delivery);
    }

    /** The current dispatcher's reply; its proceed-like kinds stand for the WeChat fake's reply. */
    private Reply dispatcherReply(RecordedRequest request) {
        Dispatcher current = dispatcher.get();
        if (current == weChat) {
            return weChatReply(request);
        }
        return resolve(ask(current, request), () -> weChatReply(request));
    }

    private Reply weChatReply(RecordedRequest request) {
        // The WeChat fake answers with canned replies only; a proceed from it would be a defect.
        return resolve(ask(weChat, request), () -> failure("the WeChat fake answered proceed"));
    }

    private static FakeResponse ask(Dispatcher d, RecordedRequest request) {
        try {
            FakeResponse response = d.dispatch(request);
            return response != null ? response : failureResponse("the dispatcher returned null");
        } catch (RuntimeException e) {
            return failureResponse("the dispatcher threw " + e.getClass().getName());
        }
    }

    private static Reply failure(String message) {
        FakeResponse r = failureResponse(message);
        return new Reply(r.status(), r.contentType(), r.body(), Delivery.COMPLETE);
    }

    private static FakeResponse failureResponse(String message) {
        return FakeResponse.of(500, "text/plain; charset=utf-8",
                ("fake server failure: " + message).getBytes(StandardCharsets.UTF_8));
    }

    /** Waits for the response's delay, then turns it into a reply, asking {@code normal} for the normal one. */
    private Reply resolve(FakeResponse response, Supplier<Reply> normal) {
        if (!waitOrClosing(response.headersDelay())) {
            return Reply.NONE;
        }
        return switch (response.kind()) {
            case CANNED -> Reply.of(response);
            case STALL -> Reply.STALL;
            case PROCEED -> normal.get();
            case TRUNCATED_BODY -> normal.get().truncated();
            case DROP_MID_BODY -> normal.get().dropped();
        };
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

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private static void dropMidBody(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.body().length < 2) {
            return; // no body to cut: the finally block closes the connection without a reply
        }
        reply.headers().forEach(exchange.getResponseHeaders()::set);
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
