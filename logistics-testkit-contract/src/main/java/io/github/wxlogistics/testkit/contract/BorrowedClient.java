package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.spi.HttpTransport;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A transport built around an HTTP client that the test lends it, for the suite's check that
 * {@link HttpTransport#close()} leaves a borrowed client usable.
 *
 * <p>An adapter's contract subclass returns one from
 * {@link HttpTransportContract#createTransportAroundBorrowedClient()}. The suite closes the
 * transport, then sends a request through the borrowed client directly, then calls
 * {@link #close()} so the test can release the client it lent.
 */
public interface BorrowedClient extends AutoCloseable {

    /**
     * The transport under test, built around the borrowed client. The suite closes it.
     *
     * @return the transport
     */
    HttpTransport transport();

    /**
     * Sends a GET to {@code uri} through the borrowed client itself, bypassing the transport.
     *
     * @param uri an absolute URI on the suite's loopback server
     * @return a stage completing with the HTTP status, or exceptionally if the client is unusable
     */
    CompletionStage<Integer> getStatusDirectly(URI uri);

    /** Releases the borrowed client; the test lent it, so the test closes it. */
    @Override
    void close();

    /**
     * A fixture from its parts.
     *
     * @param transport        the transport built around the borrowed client
     * @param getStatusDirectly sends a GET through the borrowed client, completing with the status
     * @param release          releases the borrowed client
     * @return the fixture
     */
    static BorrowedClient of(HttpTransport transport, Function<URI, CompletionStage<Integer>> getStatusDirectly,
            Runnable release) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(getStatusDirectly, "getStatusDirectly");
        Objects.requireNonNull(release, "release");
        return new BorrowedClient() {
            @Override
            public HttpTransport transport() {
                return transport;
            }

            @Override
            public CompletionStage<Integer> getStatusDirectly(URI uri) {
                return getStatusDirectly.apply(Objects.requireNonNull(uri, "uri"));
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }
}
