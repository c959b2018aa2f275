package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link HttpTransport} adapter must pass, as JUnit 5 tests. An adapter module
 * runs it through a small subclass:
 *
 * <pre>{@code
 * class JdkHttpTransportTest extends HttpTransportContract {
 *     @Override
 *     protected HttpTransport createTransport() {
 *         return JdkHttpTransport.create();
 *     }
 * }
 * }</pre>
 *
 * <p>The suite starts its own loopback servers for every test: a well-behaved one built on
 * {@code com.sun.net.httpserver}, and raw-socket ones that stall, drop a connection mid-body or are
 * not listening at all. It never talks to WeChat, and to the fake WeChat server only to point
 * {@code https://} at its plain-HTTP port. Every wait is bounded, so a broken adapter fails a test
 * instead of hanging the build.
 *
 * <p>A case an adapter cannot support is overridden in the subclass, annotated {@code @Test}
 * again, with a comment saying why and a body asserting what the adapter does instead.
 *
 * <p>The checks, each a test method below:
 * <ul>
 *   <li>method, path, query, headers and body arrive unchanged, UTF-8 included;</li>
 *   <li>2xx, 3xx, 4xx and 5xx statuses come back as responses, with body and headers, and
 *       redirects are not followed;</li>
 *   <li>empty and 1 MiB bodies travel both ways, byte for byte;</li>
 *   <li>{@link TransportRequest#timeout()} bounds the whole exchange, response body included, even
 *       when the body trickles in;</li>
 *   <li>a refused connection and a connection dropped mid-body fail with {@link TransportException};</li>
 *   <li>{@code https://} to a plain-HTTP server that closes the connection on the ClientHello fails
 *       at once with "TLS handshake failed", host and port named, flagged as never sent;</li>
 *   <li>cancelling the future aborts the exchange and leaves the transport usable;</li>
 *   <li>a timed-out or cancelled exchange closes its connection promptly, every time;</li>
 *   <li>500 concurrent requests from several threads all succeed with the right bodies;</li>
 *   <li>{@code send} returns before the exchange completes;</li>
 *   <li>no exception text reveals the access token or credential headers;</li>
 *   <li>{@code close()} is idempotent, fails exchanges in flight and later sends, and leaves a
 *       borrowed client usable.</li>
 * </ul>
 */
public abstract class HttpTransportContract {

    /** The timeout of ordinary requests in this suite. */
    protected static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The longest the suite waits for anything that should happen promptly. */
    protected static final Duration PROMPTLY = Duration.ofSeconds(5);

    /** How late past {@link TransportRequest#timeout()} a timed-out future may complete. */
    protected static final Duration TIMEOUT_SLACK = Duration.ofSeconds(1);

    /** How soon after a timed-out or cancelled exchange ends its connection must be closed. */
    protected static final Duration CONNECTION_RELEASE = Duration.ofSeconds(2);

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    private static final String SECRET = "SECRET-VALUE-7f3a9c";
    private static final String SECRET_HEADER_VALUE = "HEADER-SECRET-51d2e8";
    private static final int MIB = 1024 * 1024;

    private final List<AutoCloseable> resources = new ArrayList<>();
    private LoopbackServer server;
    private HttpTransport transport;

    /**
     * Creates the transport under test. Called once before each test; the suite closes it after.
     *
     * @return a new transport that owns whatever it needs
     */
    protected abstract HttpTransport createTransport();

    /**
     * Creates a transport around an HTTP client the test lends it, for
     * {@link #closeLeavesBorrowedClientUsable()}. Adapters that accept a user's client SHOULD
     * override this. The default returns empty, and that test is skipped as not applicable.
     *
     * @return the fixture, or empty if the adapter takes no borrowed client
     */
    protected Optional<BorrowedClient> createTransportAroundBorrowedClient() {
        return Optional.empty();
    }

    /**
     * The transport of the current test, for a subclass's own tests.
     *
     * @return the transport {@link #createTransport()} made for this test
     */
    protected final HttpTransport transport() {
        return transport;
    }

    /**
     * An absolute URI on the suite's well-behaved loopback server, for a subclass's own tests.
     * {@code /echo} echoes the body, {@code /status/NNN} answers status NNN, anything else answers
     * 200 {@code ok}.
     *
     * @param rawPathAndQuery a path starting with {@code /}, query optional, already percent-encoded
     * @return the URI
     */
    protected final URI serverUri(String rawPathAndQuery) {
        return server.uri(rawPathAndQuery);
    }

    /**
     * Starts the loopback server and creates the transport.
     *
     * @throws IOException if the server cannot start
     */
    @BeforeEach
    protected final void startServerAndTransport() throws IOException {
        server = track(LoopbackServer.start());
        transport = createTransport();
        assertThat(transport).as("createTransport()").isNotNull();
    }

    /**
     * Closes the transport and every server the test started.
     *
     * @throws Exception if a server fails to close
     */
    @AfterEach
    protected final void closeTransportAndServers() throws Exception {
        if (transport != null) {
            transport.close();
        }
        Collections.reverse(resources);
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        resources.clear();
    }

    // ---- requests arrive unchanged ---------------------------------------------------------

    /**
     * Method, raw path, raw query, headers and body bytes reach the server unchanged.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendsMethodPathQueryHeadersAndBodyUnchanged() throws Exception {
        byte[] body = "{\"order_id\":\"订单-001\",\"sender\":{\"name\":\"张三\",\"address\":\"广东省深圳市南山区\"},\"note\":\"a+b&c=d\"}"
                .getBytes(StandardCharsets.UTF_8);
        String rawQuery = "access_token=tok-123_ABC&name=%E9%A1%BA%E4%B8%B0%E9%80%9F%E8%BF%90&plus=a%2Bb&space=a+b&empty=";
        String rawPath = "/echo/cgi-bin/express/business/order/add/%E8%B7%AF%E5%BE%84/a%20b";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=UTF-8");
        headers.put("Accept", "application/json");
        headers.put("User-Agent", "wxlogistics-contract/1.0");
        headers.put("X-Request-Id", "req-42 with spaces;and=symbols");
        TransportRequest request = new TransportRequest("POST", server.uri(rawPath + "?" + rawQuery), headers, body,
                REQUEST_TIMEOUT);

        TransportResponse response = await(transport.send(request));

        CapturedExchange seen = server.nextRequest();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.rawPath()).isEqualTo(rawPath);
        assertThat(seen.rawQuery()).isEqualTo(rawQuery);
        headers.forEach((name, value) ->
                assertThat(seen.headerValues(name)).as("values of header %s", name).containsExactly(value));
        assertThat(seen.body()).isEqualTo(body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
    }

    /**
     * A GET goes out as a GET, with no body and no body framing.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendsGetWithoutBody() throws Exception {
        TransportResponse response = await(transport.send(TransportRequest.get(
                server.uri("/cgi-bin/stable_token?grant_type=client_credential"), REQUEST_TIMEOUT)));

        CapturedExchange seen = server.nextRequest();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.rawPath()).isEqualTo("/cgi-bin/stable_token");
        assertThat(seen.rawQuery()).isEqualTo("grant_type=client_credential");
        assertThat(seen.body()).isEmpty();
        assertThat(seen.headerValues("Transfer-Encoding")).isEmpty();
        assertThat(seen.headerValues("Content-Length")).isSubsetOf("0");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("ok");
    }

    /**
     * A URI holding non-ASCII characters goes out in its ASCII form, UTF-8 percent-encoded.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendsNonAsciiUriInItsAsciiForm() throws Exception {
        URI base = server.uri("/echo");
        URI uri;
        try {
            uri = new URI(base.getScheme(), null, base.getHost(), base.getPort(), "/echo/快递", "name=顺丰", null);
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
        URI ascii = URI.create(uri.toASCIIString());

        await(transport.send(TransportRequest.get(uri, REQUEST_TIMEOUT)));

        CapturedExchange seen = server.nextRequest();
        assertThat(seen.rawPath()).isEqualTo(ascii.getRawPath()).isEqualTo("/echo/%E5%BF%AB%E9%80%92");
        assertThat(seen.rawQuery()).isEqualTo(ascii.getRawQuery()).isEqualTo("name=%E9%A1%BA%E4%B8%B0");
    }

    // ---- every status is a response ---------------------------------------------------------

    /**
     * 200 comes back with body and headers; a header sent twice keeps both values.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void returnsSuccessWithBodyAndHeaders() throws Exception {
        byte[] body = "{\"errcode\":0,\"errmsg\":\"ok\",\"名字\":\"值\"}".getBytes(StandardCharsets.UTF_8);

        TransportResponse response = await(transport.send(
                TransportRequest.postJson(server.uri("/echo"), body, REQUEST_TIMEOUT)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.header("content-type")).contains("application/octet-stream");
        assertThat(response.headers().get("X-MULTI")).containsExactly("first", "second");
    }

    /**
     * 4xx statuses come back as responses, not as exceptions.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void returnsClientErrorsAsResponses() throws Exception {
        for (int status : new int[] {400, 401, 403, 404, 429}) {
            assertStatusComesBack(status);
        }
    }

    /**
     * 5xx statuses come back as responses, not as exceptions.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void returnsServerErrorsAsResponses() throws Exception {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertStatusComesBack(status);
        }
    }

    /**
     * A 302 comes back as it is: the transport does not follow redirects.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void returnsRedirectWithoutFollowingIt() throws Exception {
        TransportResponse response = await(transport.send(TransportRequest.get(server.uri("/redirect"), REQUEST_TIMEOUT)));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/echo");
        assertThat(server.nextRequest().rawPath()).isEqualTo("/redirect");
        // Had the redirect been followed, a request for /echo would come before this marker.
        await(transport.send(TransportRequest.get(server.uri("/reply?id=marker"), REQUEST_TIMEOUT)));
        assertThat(server.nextRequest().rawQuery()).isEqualTo("id=marker");
    }

    /**
     * A 204 comes back with an empty body.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void returnsNoContentWithEmptyBody() throws Exception {
        TransportResponse response = await(transport.send(TransportRequest.get(server.uri("/status/204"), REQUEST_TIMEOUT)));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("X-Status")).contains("204");
    }

    // ---- bodies, empty and large --------------------------------------------------------------

    /**
     * An empty request body arrives empty, and an empty response body comes back empty.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendsAndReceivesEmptyBodies() throws Exception {
        TransportResponse response = await(transport.send(
                TransportRequest.postJson(server.uri("/echo"), new byte[0], REQUEST_TIMEOUT)));

        CapturedExchange seen = server.nextRequest();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEmpty();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotNull().isEmpty();
    }

    /**
     * 1 MiB of arbitrary bytes (not valid UTF-8) travels both ways unchanged, fixed-length and chunked.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendsAndReceivesOneMebibyteBodies() throws Exception {
        byte[] body = new byte[MIB];
        new Random(20_260_101L).nextBytes(body);

        for (String path : List.of("/echo", "/echo?chunked=true")) {
            TransportRequest request = new TransportRequest("POST", server.uri(path),
                    Map.of("Content-Type", "application/octet-stream"), body, REQUEST_TIMEOUT);

            TransportResponse response = await(transport.send(request));

            assertThat(server.nextRequest().body()).as("request body to %s", path).isEqualTo(body);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as("response body from %s", path).isEqualTo(body);
        }
    }

    // ---- failed exchanges -------------------------------------------------------------------

    /**
     * A server that never answers: the future fails with a timeout soon after the request's timeout.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void timesOutWhenServerNeverAnswers() throws Exception {
        assertTimesOut(MisbehavingServer.Behaviour.NEVER_ANSWER, "/cgi-bin/express/business/order/get");
    }

    /**
     * A server that sends headers and then stalls the body: the timeout covers the body too.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void timesOutWhenResponseBodyStalls() throws Exception {
        assertTimesOut(MisbehavingServer.Behaviour.STALL_MID_BODY, "/cgi-bin/express/business/path/get");
    }

    /**
     * A server that trickles the body a byte at a time, so the connection is never idle for long:
     * the timeout still bounds the whole exchange, not the time between bytes.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void timesOutWhenResponseBodyTrickles() throws Exception {
        assertTimesOut(MisbehavingServer.Behaviour.TRICKLE_BODY, "/cgi-bin/express/business/path/get");
    }

    private void assertTimesOut(MisbehavingServer.Behaviour behaviour, String path) throws Exception {
        MisbehavingServer server = track(MisbehavingServer.start(behaviour));

        CompletableFuture<TransportResponse> future = transport.send(TransportRequest.get(server.uri(path), SHORT_TIMEOUT));

        Throwable failure = failureOf(future, SHORT_TIMEOUT.plus(TIMEOUT_SLACK));
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isTrue();
    }

    /**
     * A connection closed before the promised Content-Length arrived fails the exchange.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void failsWhenConnectionDropsMidBody() throws Exception {
        MisbehavingServer dropping = track(MisbehavingServer.start(MisbehavingServer.Behaviour.DROP_MID_BODY));

        CompletableFuture<TransportResponse> future = transport.send(
                TransportRequest.get(dropping.uri("/cgi-bin/express/business/order/get"), REQUEST_TIMEOUT));

        Throwable failure = failureOf(future, PROMPTLY);
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isFalse();
    }

    /**
     * Nobody listening: the future fails with a transport exception that is not a timeout.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void failsWhenConnectionIsRefused() throws Exception {
        CompletableFuture<TransportResponse> future = transport.send(
                TransportRequest.get(refusedUri("/cgi-bin/express/business/order/get"), REQUEST_TIMEOUT));

        Throwable failure = failureOf(future, PROMPTLY);
        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isFalse();
    }

    /**
     * {@code https://} pointed at the fake WeChat server's plain-HTTP port: the fake closes the
     * connection on the ClientHello, and the exchange fails at once, not at its timeout, with a
     * transport exception that says "TLS handshake failed", names the host and port, and flags the
     * request as never sent.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void httpsToThePlainFakeServerFailsFastWithTlsHandshakeFailed() throws Exception {
        FakeWeChatServer fake = track(FakeWeChatServer.builder().start());
        String hostAndPort = fake.baseUri().getHost() + ":" + fake.port();
        URI https = URI.create("https://" + hostAndPort + "/cgi-bin/express/business/order/get?access_token=" + SECRET);
        Duration callTimeout = Duration.ofSeconds(30);

        long start = System.nanoTime();
        Throwable failure = failureOf(transport.send(TransportRequest.postJson(https, "{}".getBytes(StandardCharsets.UTF_8),
                callTimeout)), callTimeout.plus(TIMEOUT_SLACK));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isInstanceOf(TransportException.class);
        assertThat(failure.getMessage()).contains("TLS handshake failed", hostAndPort).doesNotContain(SECRET);
        assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isFalse();
        assertThat(((TransportException) failure).isNotSent()).as("isNotSent() of %s", failure).isTrue();
        // Well under the timeout; the JVM's first TLS handshake loads the TLS stack, slow on a busy machine.
        assertThat(took).as("time to fail").isLessThan(PROMPTLY.multipliedBy(2));
    }

    // ---- sendBlocking (the blocking client's entry point) ------------------------------------

    /**
     * {@link HttpTransport#sendBlocking} sends the same request and brings back the same response
     * as {@code send}, whether the adapter runs it on the calling thread or not.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendBlockingSendsAndReturnsLikeSend() throws Exception {
        byte[] body = "{\"order_id\":\"01234567890123456789\"}".getBytes(StandardCharsets.UTF_8);

        TransportResponse response = await(transport.sendBlocking(
                TransportRequest.postJson(server.uri("/echo?access_token=T"), body, REQUEST_TIMEOUT)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body);
        CapturedExchange seen = server.nextRequest();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.rawQuery()).isEqualTo("access_token=T");
    }

    /**
     * {@link HttpTransport#sendBlocking} honours the timeout too, body included, fails rather than
     * throws, and leaves the calling thread as it found it: not interrupted.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendBlockingTimesOutAndLeavesTheCallerUninterrupted() throws Exception {
        MisbehavingServer stalling = track(MisbehavingServer.start(MisbehavingServer.Behaviour.STALL_MID_BODY));
        ExecutorService caller = track(Executors.newSingleThreadExecutor());

        Future<Boolean> interruptedAfter = caller.submit(() -> {
            CompletableFuture<TransportResponse> future = transport.sendBlocking(
                    TransportRequest.get(stalling.uri("/cgi-bin/express/business/path/get"), SHORT_TIMEOUT));
            Throwable failure = failureOf(future, SHORT_TIMEOUT.plus(TIMEOUT_SLACK));
            assertThat(failure).isInstanceOf(TransportException.class);
            assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isTrue();
            return Thread.currentThread().isInterrupted();
        });

        assertThat(interruptedAfter.get(PROMPTLY.toSeconds() + SHORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isFalse();
        assertTransportStillWorks();
    }

        // ---- cancellation, concurrency, non-blocking -------------------------------------------

    /**
     * Cancelling the future aborts the exchange: the server sees the connection closed, and the transport stays usable.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void cancellingAbortsTheExchange() throws Exception {
        MisbehavingServer silent = track(MisbehavingServer.start(MisbehavingServer.Behaviour.NEVER_ANSWER));
        CompletableFuture<TransportResponse> future = transport.send(
                TransportRequest.get(silent.uri("/cgi-bin/express/business/order/get"), REQUEST_TIMEOUT));
        awaitDone(silent.requestReceived(), "the server receiving the request");

        assertThat(future.cancel(true)).isTrue();

        assertThat(future).isCancelled();
        awaitDone(silent.closedByClient(), "the server seeing the connection closed after cancel");
        assertTransportStillWorks();
    }

    /**
     * A timed-out or cancelled exchange closes its connection within {@link #CONNECTION_RELEASE}
     * (it is not kept, nor put back in a pool with a request still pending on it): 100 exchanges
     * against a server that never answers, in rounds of 20 at once, alternately timed out and
     * cancelled after the server has read them, and after each round the server must see every
     * connection that carried a request closed. (A connection opened for a request that timed out
     * before it was written may stay in the pool: nothing is pending on it.) A transport that kept
     * one connection in five would fail on the first round with near certainty.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void timedOutAndCancelledExchangesCloseTheirConnections() throws Exception {
        MisbehavingServer silent = track(MisbehavingServer.start(MisbehavingServer.Behaviour.NEVER_ANSWER));
        Duration timeout = Duration.ofMillis(200);
        int perRound = 20;
        for (int round = 0; round < 5; round++) {
            int finalRound = round;
            boolean cancel = round % 2 == 1;
            int headsBefore = silent.requestHeads();
            List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                futures.add(transport.send(TransportRequest.get(
                        silent.uri("/cgi-bin/express/business/order/get?round=" + round + "&i=" + i),
                        cancel ? REQUEST_TIMEOUT : timeout)));
            }
            if (cancel) {
                awaitCondition(() -> silent.requestHeads() - headsBefore == perRound, PROMPTLY,
                        () -> "the server reading the " + perRound + " requests of round " + finalRound + " (read "
                                + (silent.requestHeads() - headsBefore) + ")");
                futures.forEach(future -> future.cancel(true));
            }
            for (CompletableFuture<TransportResponse> future : futures) {
                if (cancel) {
                    assertThat(future).isCancelled();
                } else {
                    Throwable failure = failureOf(future, timeout.plus(TIMEOUT_SLACK));
                    assertThat(failure).isInstanceOf(TransportException.class);
                    assertThat(((TransportException) failure).isTimeout()).as("isTimeout() of %s", failure).isTrue();
                }
            }
            awaitCondition(() -> silent.connectionsAskedAndOpen() == 0, CONNECTION_RELEASE,
                    () -> silent.connectionsAskedAndOpen() + " connections of round " + finalRound
                            + " (" + (cancel ? "cancelled" : "timed out") + ") still open " + CONNECTION_RELEASE
                            + " after their exchanges ended");
        }
        assertTransportStillWorks();
    }

    /**
     * 500 requests in flight at once, sent from several threads, all come back with their own bodies.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void handlesFiveHundredConcurrentRequests() throws Exception {
        int count = 500;
        ExecutorService callers = track(Executors.newFixedThreadPool(8));
        List<Future<CompletableFuture<TransportResponse>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            URI uri = server.uri("/reply?id=" + i);
            sent.add(callers.submit(() -> transport.send(
                    TransportRequest.get(uri, Duration.ofSeconds(30)))));
        }
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (Future<CompletableFuture<TransportResponse>> f : sent) {
            futures.add(f.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (int i = 0; i < count; i++) {
            TransportResponse response = futures.get(i).get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("reply-" + i);
        }
    }

    /**
     * {@code send} hands back a pending future at once instead of waiting for the response.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void sendReturnsBeforeTheExchangeCompletes() throws Exception {
        MisbehavingServer silent = track(MisbehavingServer.start(MisbehavingServer.Behaviour.NEVER_ANSWER));
        ExecutorService caller = track(Executors.newSingleThreadExecutor());
        TransportRequest request = TransportRequest.get(silent.uri("/cgi-bin/express/business/order/get"), REQUEST_TIMEOUT);

        Future<CompletableFuture<TransportResponse>> call = caller.submit(() -> transport.send(request));

        CompletableFuture<TransportResponse> future;
        try {
            future = call.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("send() blocked on a server that never answers", e);
        }
        assertThat(future).isNotNull().isNotDone();
        future.cancel(true);
    }

    /** Transports must be usable from threads the caller may block. */
    @Test
    public void mayBlockAnOrdinaryThread() {
        assertThat(transport.mayBlockCurrentThread()).isTrue();
    }

    // ---- secrets ------------------------------------------------------------------------------

    /**
     * Whatever the failure (refused, timed out, dropped), no message or {@code toString()} in the
     * exception chain contains the access token or a credential header, and the transport
     * exception's own message does not contain the request URI.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void exceptionsNeverRevealTheAccessToken() throws Exception {
        String pathAndQuery = "/cgi-bin/express/business/order/add?access_token=" + SECRET + "&appid=wx123";
        MisbehavingServer silent = track(MisbehavingServer.start(MisbehavingServer.Behaviour.NEVER_ANSWER));
        MisbehavingServer dropping = track(MisbehavingServer.start(MisbehavingServer.Behaviour.DROP_MID_BODY));
        Map<String, URI> cases = new LinkedHashMap<>();
        cases.put("refused", refusedUri(pathAndQuery));
        cases.put("timed out", silent.uri(pathAndQuery));
        cases.put("dropped", dropping.uri(pathAndQuery));

        for (Map.Entry<String, URI> c : cases.entrySet()) {
            TransportRequest request = new TransportRequest("POST", c.getValue(),
                    Map.of("Content-Type", "application/json", "Authorization", "Bearer " + SECRET_HEADER_VALUE),
                    "{\"order_id\":\"01234567890123456789\"}".getBytes(StandardCharsets.UTF_8), SHORT_TIMEOUT);

            Throwable failure = failureOf(transport.send(request), SHORT_TIMEOUT.plus(PROMPTLY));

            assertThat(failure).as(c.getKey()).isInstanceOf(TransportException.class);
            assertThat(failure.getMessage()).as("message when %s", c.getKey())
                    .doesNotContain("access_token")
                    .doesNotContain(c.getValue().getRawPath() + "?");
            for (Throwable t : chainOf(failure)) {
                assertThat(String.valueOf(t.getMessage())).as("message of %s when %s", t.getClass().getName(), c.getKey())
                        .doesNotContain(SECRET).doesNotContain(SECRET_HEADER_VALUE);
                assertThat(t.toString()).as("toString of %s when %s", t.getClass().getName(), c.getKey())
                        .doesNotContain(SECRET).doesNotContain(SECRET_HEADER_VALUE);
            }
            StringWriter printed = new StringWriter();
            failure.printStackTrace(new PrintWriter(printed));
            assertThat(printed.toString()).as("stack trace when %s", c.getKey())
                    .doesNotContain(SECRET).doesNotContain(SECRET_HEADER_VALUE);
        }
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    /**
     * {@code close()} may be called twice; a send after it fails with a transport exception.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void closeIsIdempotentAndLaterSendsFail() throws Exception {
        transport.close();
        transport.close();

        CompletableFuture<TransportResponse> future;
        try {
            future = transport.send(TransportRequest.get(server.uri("/ok"), REQUEST_TIMEOUT));
        } catch (RuntimeException e) {
            throw new AssertionError("send() after close() threw instead of failing its future", e);
        }
        assertThat(failureOf(future, PROMPTLY)).isInstanceOf(TransportException.class);
    }

    /**
     * {@code close()} fails exchanges still in flight with a transport exception, promptly,
     * instead of leaving them to their timeout.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void closeFailsExchangesInFlight() throws Exception {
        MisbehavingServer silent = track(MisbehavingServer.start(MisbehavingServer.Behaviour.NEVER_ANSWER));
        CompletableFuture<TransportResponse> future = transport.send(
                TransportRequest.get(silent.uri("/cgi-bin/express/business/order/get"), REQUEST_TIMEOUT));
        awaitDone(silent.requestReceived(), "the server receiving the request");

        transport.close();

        assertThat(failureOf(future, PROMPTLY)).isInstanceOf(TransportException.class);
    }

    /**
     * Closing a transport built around a borrowed client leaves that client usable.
     *
     * @throws Exception if the exchange cannot be set up or awaited
     */
    @Test
    public void closeLeavesBorrowedClientUsable() throws Exception {
        Optional<BorrowedClient> fixture = createTransportAroundBorrowedClient();
        assumeTrue(fixture.isPresent(), "the adapter takes no borrowed client");
        try (BorrowedClient borrowed = fixture.get()) {
            HttpTransport around = borrowed.transport();
            assertThat(await(around.send(TransportRequest.get(server.uri("/ok"), REQUEST_TIMEOUT))).statusCode())
                    .isEqualTo(200);

            around.close();
            around.close();

            Integer status = borrowed.getStatusDirectly(server.uri("/ok")).toCompletableFuture()
                    .get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
            assertThat(status).as("status through the borrowed client after close()").isEqualTo(200);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * Waits, at most {@link #REQUEST_TIMEOUT} plus {@link #PROMPTLY}, for a future that should succeed.
     *
     * @param future the future
     * @param <T>    its result type
     * @return its result
     * @throws InterruptedException if interrupted while waiting
     */
    protected static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(REQUEST_TIMEOUT.plus(PROMPTLY).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("expected a response, the future failed with " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("expected a response, the future was still pending", e);
        }
    }

    /**
     * Waits, at most {@code within}, for a future that should fail, and returns its failure.
     *
     * @param future the future
     * @param within the longest to wait
     * @return the exception the future completed with
     * @throws InterruptedException if interrupted while waiting
     */
    protected static Throwable failureOf(CompletableFuture<?> future, Duration within) throws InterruptedException {
        try {
            Object result = future.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return fail("expected a failure, the future completed with " + result);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail("expected a failure within " + within + ", the future was still pending");
        }
    }

    private static void awaitDone(CompletableFuture<Void> event, String what) throws Exception {
        try {
            event.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + PROMPTLY + " for " + what, e);
        }
    }

    private static void awaitCondition(BooleanSupplier condition, Duration within, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + within + " for " + what.get());
            }
            Thread.sleep(10);
        }
    }

    private void assertStatusComesBack(int status) throws Exception {
        TransportResponse response = await(transport.send(
                TransportRequest.get(server.uri("/status/" + status), REQUEST_TIMEOUT)));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.bodyText()).isEqualTo(status + LoopbackServer.STATUS_BODY_SUFFIX);
        assertThat(response.header("X-Status")).contains(Integer.toString(status));
    }

    private void assertTransportStillWorks() throws Exception {
        TransportResponse response = await(transport.send(TransportRequest.get(server.uri("/reply?id=after"), REQUEST_TIMEOUT)));
        assertThat(response.bodyText()).isEqualTo("reply-after");
    }

    /** A URI on a loopback port nobody listens on. */
    private static URI refusedUri(String rawPathAndQuery) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + rawPathAndQuery);
    }

    /** The exception, its causes and everything suppressed along the way, each once. */
    private static List<Throwable> chainOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(pending.size() - 1);
            if (t != null && seen.add(t)) {
                chain.add(t);
                pending.add(t.getCause());
                pending.addAll(List.of(t.getSuppressed()));
            }
        }
        return chain;
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    private ExecutorService track(ExecutorService executor) {
        resources.add(executor::shutdownNow);
        return executor;
    }
}
