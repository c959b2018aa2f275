package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.model.BindAction;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix every adapter runs: each call kind (a read, getOrder; a write, updatePrinter)
 * against each fault a network or WeChat can produce, generated from one table ({@link #FAULTS}).
 * Each cell asserts the exception type, a message that names the operation and the cause in words,
 * how many requests the server saw (reads retried, writes at most once), whether a failed request
 * is flagged as never sent (safe to send again), and that the call ended within its deadline plus
 * one second. The test prints a one-line summary per adapter.
 *
 * <p>An adapter module runs it through a subclass that implements {@link #createTransport()}:
 * <pre>{@code
 * class JdkFaultMatrixTest extends FaultMatrixContract {
 *     protected HttpTransport createTransport() { return JdkHttpTransport.create(); }
 * }
 * }</pre>
 */
public abstract class FaultMatrixContract {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1000);
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(2500);
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final String ORDER_ID = "01234567890123456789";

    /** The call kinds: a read is retried, a write is sent at most once. */
    enum Kind {
        READ("getOrder"), WRITE("updatePrinter");

        final String operation;

        Kind(String operation) {
            this.operation = operation;
        }
    }

    /**
     * What a cell expects.
     *
     * @param type    the exception, or {@code null} for success
     * @param seen    requests the server sees for the call's operation
     * @param words   what the message must say besides the operation
     * @param notSent whether a {@link TransportException} must be flagged as never sent
     */
    record Expect(Class<? extends Throwable> type, int seen, String words, boolean notSent) {
        static Expect ok(int seen) {
            return new Expect(null, seen, "", false);
        }

        static Expect fails(Class<? extends Throwable> type, int seen, String words) {
            return new Expect(type, seen, words, false);
        }

        static Expect notSent(String words) {
            return new Expect(TransportException.class, 0, words, true);
        }
    }

    /** Where a cell's client points and how many requests the server saw there. */
    interface Environment extends AutoCloseable {
        URI baseUri();

        int seen(Kind kind);

        /** The fake server whose tokens the client fetches, or {@code null}: the client then uses a fixed token. */
        default FakeWeChatServer tokenIssuer() {
            return null;
        }

        /** Runs just before the measured call, with the cell's client. */
        default void beforeCall(LogisticsClient client) {
        }

        @Override
        void close();
    }

    /**
     * One row of the table.
     *
     * @param name  the fault
     * @param setup opens the environment for a call kind
     * @param read  what a read expects
     * @param write what a write expects
     */
    record Fault(String name, Setup setup, Expect read, Expect write) {
    }

    @FunctionalInterface
    interface Setup {
        Environment open(Kind kind) throws IOException;
    }

    private static final int READ_ATTEMPTS = 3;

    /** The table: one row per fault, the expectation for a read and for a write. */
    static final List<Fault> FAULTS = List.of(
            new Fault("connection refused", kind -> refused(),
                    Expect.notSent("connection refused"), Expect.notSent("connection refused")),
            new Fault("reset before the request body", kind -> resetting(),
                    Expect.fails(TransportException.class, READ_ATTEMPTS, "closed or reset"),
                    Expect.fails(TransportException.class, 1, "closed or reset")),
            new Fault("reset after the request body", kind -> scripted(kind, FakeResponse.dropConnectionMidBody()),
                    Expect.fails(TransportException.class, READ_ATTEMPTS, "closed or reset"),
                    Expect.fails(TransportException.class, 1, "closed or reset")),
            new Fault("stall past the deadline", kind -> scripted(kind, FakeResponse.stall()),
                    Expect.fails(TransportException.class, READ_ATTEMPTS, "timed out after"),
                    Expect.fails(TransportException.class, 1, "timed out after")),
            status(500), status(502), status(503),
            new Fault("HTTP 404", kind -> scripted(kind, FakeResponse.httpStatus(404)),
                    Expect.fails(HttpStatusException.class, 1, "HTTP 404 for /cgi-bin/express/business/"),
                    Expect.fails(HttpStatusException.class, 1, "HTTP 404 for /cgi-bin/express/business/")),
            new Fault("malformed JSON", kind -> scripted(kind, FakeResponse.malformedJson()),
                    Expect.fails(DecodeException.class, 1, "not valid JSON"),
                    Expect.fails(DecodeException.class, 1, "not valid JSON")),
            new Fault("truncated JSON", kind -> scripted(kind, FakeResponse.truncatedBody()),
                    Expect.fails(DecodeException.class, 1, "not valid JSON"),
                    Expect.fails(DecodeException.class, 1, "not valid JSON")),
            new Fault("errcode -1", kind -> scripted(kind, FakeResponse.errcode(-1, "system error")),
                    Expect.fails(ApiException.class, READ_ATTEMPTS, "errcode -1"),
                    Expect.fails(ApiException.class, 1, "errcode -1")),
            new Fault("errcode 45009", kind -> scripted(kind, FakeResponse.errcode(45009, "reach max api daily quota limit")),
                    Expect.fails(ApiException.class, 1, "errcode 45009"), Expect.fails(ApiException.class, 1, "errcode 45009")),
            new Fault("errcode 45011", kind -> scripted(kind, FakeResponse.errcode(45011, "api minute-quota reach limit")),
                    Expect.fails(ApiException.class, 1, "errcode 45011"), Expect.fails(ApiException.class, 1, "errcode 45011")),
            new Fault("expired token", kind -> expiredToken(), Expect.ok(2), Expect.ok(2)),
            new Fault("TLS to a plain server", kind -> tlsToPlain(),
                    Expect.notSent("TLS handshake failed"), Expect.notSent("TLS handshake failed")),
            new Fault("TLS to the fake server", kind -> tlsToTheFake(),
                    Expect.notSent("TLS handshake failed"), Expect.notSent("TLS handshake failed")));

    private HttpTransport transport;

    /** For subclasses. */
    protected FaultMatrixContract() {
    }

    /**
     * A new transport for the matrix; the suite closes it at the end.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    /**
     * The adapter's name in the summary line.
     *
     * @return a short name; the transport's class name by default
     */
    protected String adapterName() {
        return transport.getClass().getSimpleName();
    }

    @BeforeEach
    void createTheTransport() {
        transport = createTransport();
    }

    @AfterEach
    void closeTheTransport() {
        transport.close();
    }

    @Test
    void everyCellOfTheFaultMatrixEndsAsSpecified() throws Exception {
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        int cells = 0;
        for (Fault fault : FAULTS) {
            for (Kind kind : Kind.values()) {
                Expect expect = kind == Kind.READ ? fault.read() : fault.write();
                String cell = fault.name() + " / " + kind.operation;
                try (Environment environment = fault.setup().open(kind)) {
                    long millis = run(environment, kind, expect, cell, failures::add);
                    slowest = Math.max(slowest, millis);
                }
                cells++;
            }
        }
        System.out.println("fault matrix [" + adapterName() + "]: " + cells + " cells, " + (cells - failures.size())
                + " as specified, slowest " + slowest + " ms");
        assertThat(failures).as("cells not as specified").isEmpty();
    }

    @Test
    void aWriteIsNeverDuplicatedUnderRandomFaults() {
        FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
        FakeResponse[] faults = {FakeResponse.dropConnectionMidBody(), FakeResponse.httpStatus(503),
            FakeResponse.httpStatus(500), FakeResponse.errcode(-1, "system error"), FakeResponse.truncatedBody(),
            FakeResponse.proceed()};
        java.util.Random random = new java.util.Random(20261129L);
        int calls = 400;
        int failed = 0;
        try (server; LogisticsClient client = LogisticsClient.builder().credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri()).transport(transport).attemptTimeout(ATTEMPT_TIMEOUT).callTimeout(CALL_TIMEOUT)
                .retryPolicy(new RetryPolicy(READ_ATTEMPTS, Duration.ZERO, Duration.ZERO)).build()) {
            // Token and first connection first, unfaulted: on a cold, busy JVM the first token fetch alone
            // can pass the 1 s attempt timeout, and the first addOrder would then never be sent.
            client.merchant().getAllAccount();
            for (int i = 0; i < calls; i++) {
                server.enqueue("addOrder", faults[random.nextInt(faults.length)]);
                try {
                    client.merchant().addOrder(CallCatalog.order("dup-" + i));
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            java.util.Map<String, Long> perOrder = server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of("addOrder")))
                    .collect(java.util.stream.Collectors.groupingBy(
                            r -> r.bodyText().replaceAll(".*\"order_id\":\"([^\"]+)\".*", "$1"),
                            java.util.stream.Collectors.counting()));
            long duplicates = perOrder.values().stream().filter(n -> n > 1).count();
            System.out.println("duplicate writes [" + adapterName() + "]: " + duplicates + " in " + calls
                    + " addOrder calls under random faults (" + failed + " failed, each sent once)");
            assertThat(perOrder).hasSize(calls);
            assertThat(duplicates).isZero();
        }
    }

    private long run(Environment environment, Kind kind, Expect expect, String cell, Consumer<String> failures) {
        LogisticsClient.Builder builder = LogisticsClient.builder().baseUri(environment.baseUri()).transport(transport)
                .attemptTimeout(ATTEMPT_TIMEOUT).callTimeout(CALL_TIMEOUT)
                .retryPolicy(new RetryPolicy(READ_ATTEMPTS, Duration.ofMillis(10), Duration.ofMillis(50)));
        FakeWeChatServer issuer = environment.tokenIssuer();
        if (issuer != null) {
            builder.credentials(issuer.appId(), issuer.appSecret());
        } else {
            builder.accessToken("fault-matrix-token");
        }
        try (LogisticsClient client = builder.build()) {
            environment.beforeCall(client);
            long start = System.nanoTime();
            Throwable thrown = null;
            try {
                call(client, kind);
            } catch (RuntimeException e) {
                thrown = e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            check(cell, expect, kind, thrown, environment.seen(kind), millis, failures);
            return millis;
        }
    }

    private static void call(LogisticsClient client, Kind kind) {
        if (kind == Kind.READ) {
            client.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF").build());
        } else {
            client.merchant().updatePrinter(UpdatePrinterRequest.builder().openid("oFaultMatrixPrinter")
                    .updateType(BindAction.BIND).build());
        }
    }

    private static void check(String cell, Expect expect, Kind kind, Throwable thrown, int seen, long millis,
            Consumer<String> failures) {
        if (millis > CALL_TIMEOUT.plus(GRACE).toMillis()) {
            failures.accept(cell + ": took " + millis + " ms, past the deadline plus 1 s");
        }
        if (seen != expect.seen()) {
            failures.accept(cell + ": the server saw " + seen + " requests, expected " + expect.seen());
        }
        if (expect.type() == null) {
            if (thrown != null) {
                failures.accept(cell + ": expected success, got " + thrown);
            }
            return;
        }
        if (!expect.type().isInstance(thrown)) {
            failures.accept(cell + ": expected " + expect.type().getSimpleName() + ", got " + thrown);
            return;
        }
        String message = thrown.getMessage();
        if (!message.contains(kind.operation) || !message.contains(expect.words())) {
            failures.accept(cell + ": message should name " + kind.operation + " and say '" + expect.words() + "': "
                    + message);
        }
        if (thrown instanceof TransportException transport && transport.isNotSent() != expect.notSent()) {
            failures.accept(cell + ": isNotSent() is " + transport.isNotSent() + ", expected " + expect.notSent()
                    + ": " + message);
        }
    }

    private static Fault status(int status) {
        String words = "HTTP " + status + " for /cgi-bin/express/business/";
        return new Fault("HTTP " + status, kind -> scripted(kind, FakeResponse.httpStatus(status)),
                Expect.fails(HttpStatusException.class, READ_ATTEMPTS, words), Expect.fails(HttpStatusException.class, 1, words));
    }

    /** A fake WeChat server answering the kind's operation with {@code reply} on every attempt. */
    private static Environment scripted(Kind kind, FakeResponse reply) {
        FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
        for (int i = 0; i < READ_ATTEMPTS; i++) {
            server.enqueue(kind.operation, reply);
        }
        return fake(server, server.baseUri(), null);
    }

    /** The client's token is revoked before the call: one refresh and one replay succeed. */
    private static Environment expiredToken() {
        FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
        return fake(server, server.baseUri(), client -> {
            client.merchant().getAllAccount();   // caches a token
            server.revokeAllTokens();
        });
    }

    /**
     * {@code https://} to a plain-HTTP server that answers the ClientHello with a plain {@code 400}
     * at once, as nginx does.
     */
    private static Environment tlsToPlain() throws IOException {
        RawFaultServer server = RawFaultServer.start(RawFaultServer.Behaviour.PLAIN_HTTP_400);
        return httpsTo(server.baseUri(), server::requestHeads, server::close);
    }

    /**
     * {@code https://} to the fake WeChat server's plain-HTTP port, which closes a connection that
     * opens with a TLS ClientHello. (Before it did, the JDK HttpServer under it waited for a request
     * line that never came, and every call waited for its deadline.)
     */
    private static Environment tlsToTheFake() {
        FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
        return httpsTo(server.baseUri(), () -> server.requests().size(), server::close);
    }

    /** The plain server at {@code plain}, addressed with {@code https://}. */
    private static Environment httpsTo(URI plain, IntSupplier seen, Runnable close) {
        return raw(URI.create("https://" + plain.getHost() + ":" + plain.getPort()), seen, close, client -> {
            // One unmeasured call first: the JVM's first TLS handshake initialises the TLS stack,
            // which on a loaded 2-core machine alone can take longer than the call deadline.
            try {
                call(client, Kind.READ);
            } catch (RuntimeException expected) {
                // refused as the measured call will be
            }
        });
    }

    private static Environment fake(FakeWeChatServer server, URI baseUri, Consumer<LogisticsClient> beforeCall) {
        return new Environment() {
            @Override
            public URI baseUri() {
                return baseUri;
            }

            @Override
            public int seen(Kind kind) {
                return (int) server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of(kind.operation))).count();
            }

            @Override
            public FakeWeChatServer tokenIssuer() {
                return server;
            }

            @Override
            public void beforeCall(LogisticsClient client) {
                if (beforeCall != null) {
                    beforeCall.accept(client);
                }
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    private static Environment resetting() throws IOException {
        RawFaultServer server = RawFaultServer.start(RawFaultServer.Behaviour.RESET_AFTER_HEAD);
        return raw(server.baseUri(), server::requestHeads, server::close);
    }

    /** A loopback port nothing listens on: bound and closed at once. */
    private static Environment refused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return raw(URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port), () -> 0, () -> { });
    }

    private static Environment raw(URI baseUri, IntSupplier seen, Runnable close) {
        return raw(baseUri, seen, close, client -> { });
    }

    private static Environment raw(URI baseUri, IntSupplier seen, Runnable close, Consumer<LogisticsClient> beforeCall) {
        return new Environment() {
            @Override
            public URI baseUri() {
                return baseUri;
            }

            @Override
            public int seen(Kind kind) {
                return seen.getAsInt();
            }

            @Override
            public void beforeCall(LogisticsClient client) {
                beforeCall.accept(client);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
