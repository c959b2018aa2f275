package io.github.wxlogistics.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The driven port for HTTP: sends one request and completes with its response.
 *
 * <p>Contract every adapter MUST honour (the testkit's {@code HttpTransportContract} checks it):
 * <ul>
 *   <li>{@link #send} MUST NOT block the calling thread on network I/O; it returns a future at once.</li>
 *   <li>Every HTTP status, 1xx excepted, MUST complete the future normally with a
 *       {@link TransportResponse}; the adapter MUST NOT interpret status codes or bodies.</li>
 *   <li>Only a failed exchange (connect failure, {@link TransportRequest#timeout()} elapsed, reset,
 *       a connection dropped mid-body, cancellation) completes the future exceptionally, with
 *       {@link io.github.wxlogistics.error.TransportException}. Its message MUST NOT contain the
 *       request URI or headers, which carry credentials.</li>
 *   <li>Cancelling the returned future SHOULD abort the exchange and release its connection.</li>
 *   <li>The method, URI (query included), headers and body MUST go out unchanged; the body is
 *       sent as given, with no re-encoding.</li>
 *   <li>Implementations MUST be safe for concurrent use by many threads.</li>
 *   <li>{@link #close()} releases only what the adapter created itself; a client or event loop
 *       the user passed in MUST stay usable.</li>
 * </ul>
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request.
     *
     * @param request the request, never {@code null}
     * @return a future completing with the response, or exceptionally with a
     *     {@link io.github.wxlogistics.error.TransportException}
     */
    CompletableFuture<TransportResponse> send(TransportRequest request);

    /**
     * Sends the request for a caller that waits for the response on the current thread anyway
     * (the blocking client calls this; the non-blocking client never does). An adapter whose HTTP
     * client has a blocking call MAY run the exchange on the calling thread and return a completed
     * future, which saves the thread hand-offs of {@link #send}. Everything else in the contract
     * holds as for {@link #send}: {@link TransportRequest#timeout()} bounds the exchange, every
     * status is a response, a failed exchange completes the future exceptionally (it MUST NOT
     * throw), and credentials stay out of messages. The default calls {@link #send}.
     *
     * @param request the request, never {@code null}
     * @return a future, usually already completed, with the response or a
     *     {@link io.github.wxlogistics.error.TransportException}
     */
    default CompletableFuture<TransportResponse> sendBlocking(TransportRequest request) {
        return send(request);
    }

    /**
     * Whether the current thread may block while waiting for this transport. Adapters built on
     * an event loop MUST return {@code false} on their event-loop threads, so the blocking client
     * fails fast there instead of deadlocking. The default answers {@code true}.
     *
     * @return whether the current thread may block while waiting for this transport
     */
    default boolean mayBlockCurrentThread() {
        return true;
    }

    /** Releases what this adapter created; idempotent. Does not throw checked exceptions. */
    @Override
    void close();
}
