package io.github.wxlogistics.transport.apache;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.nio.AsyncConnectionEndpoint;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ConnectionInitiator;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The connection manager of a client the transport creates: the pool itself, plus which pooled
 * connection each exchange holds, so that a timed-out or cancelled exchange can close its own
 * connection.
 *
 * <p>Why: cancelling the client's future is not enough. HttpClient 5.5 and 5.6 hand each exchange
 * a future whose "dependency" (what {@code cancel} reaches) is overwritten step by step: the lease,
 * the connect, the exchange on the connection. When a fresh connection connects on the reactor
 * thread before the calling thread has recorded the (already finished) lease, the lease is
 * recorded last, and a later cancel reaches only it: the exchange stays on its connection until
 * the server closes it. Measured: 3 to 5 of 20 timed-out exchanges against a server that never
 * answers. Closing the connection directly is what the client's own cancellation does
 * ({@code discardEndpoint}: close immediately, then give the pool entry back without its
 * connection); this does it without the race.
 */
final class ExchangeConnections implements AsyncClientConnectionManager {

    private final AsyncClientConnectionManager pool;
    private final Map<String, AsyncConnectionEndpoint> byExchange = new ConcurrentHashMap<>();
    private final Map<AsyncConnectionEndpoint, String> byEndpoint = new ConcurrentHashMap<>();

    ExchangeConnections(AsyncClientConnectionManager pool) {
        this.pool = pool;
    }

    /**
     * Closes, at once, the connection the exchange holds, if it holds one; the client then fails
     * the exchange and gives the pool entry back without a connection. Safe from any thread.
     *
     * @param exchangeId the client's id of the exchange ({@code HttpClientContext#getExchangeId()}), or null
     */
    void closeConnectionOf(String exchangeId) {
        AsyncConnectionEndpoint endpoint = exchangeId == null ? null : byExchange.get(exchangeId);
        if (endpoint != null) {
            endpoint.close(CloseMode.IMMEDIATE);
        }
    }

    @Override
    public Future<AsyncConnectionEndpoint> lease(String id, HttpRoute route, Object state, Timeout requestTimeout,
            FutureCallback<AsyncConnectionEndpoint> callback) {
        return pool.lease(id, route, state, requestTimeout, new FutureCallback<>() {
            @Override
            public void completed(AsyncConnectionEndpoint endpoint) {
                if (id != null) {
                    byExchange.put(id, endpoint);
                    byEndpoint.put(endpoint, id);
                }
                if (callback != null) {
                    callback.completed(endpoint);
                }
            }

            @Override
            public void failed(Exception failure) {
                if (callback != null) {
                    callback.failed(failure);
                }
            }

            @Override
            public void cancelled() {
                if (callback != null) {
                    callback.cancelled();
                }
            }
        });
    }

    @Override
    public void release(AsyncConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        String id = byEndpoint.remove(endpoint);
        if (id != null) {
            byExchange.remove(id, endpoint);
        }
        pool.release(endpoint, newState, validDuration);
    }

    @Override
    public Future<AsyncConnectionEndpoint> connect(AsyncConnectionEndpoint endpoint, ConnectionInitiator connectionInitiator,
            Timeout connectTimeout, Object attachment, HttpContext context, FutureCallback<AsyncConnectionEndpoint> callback) {
        return pool.connect(endpoint, connectionInitiator, connectTimeout, attachment, context, callback);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context) {
        pool.upgrade(endpoint, attachment, context);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context,
            FutureCallback<AsyncConnectionEndpoint> callback) {
        pool.upgrade(endpoint, attachment, context, callback);
    }

    @Override
    public void close(CloseMode closeMode) {
        pool.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        pool.close();
    }
}
