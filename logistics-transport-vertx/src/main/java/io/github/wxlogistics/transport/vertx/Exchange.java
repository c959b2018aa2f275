package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.http.HttpClientRequest;
import java.util.concurrent.CompletableFuture;

/** The link between a future and the Vert.x request behind it, for aborting it. */
final class Exchange {
    final TransportRequest request;
    final CompletableFuture<TransportResponse> result;
    final long deadlineNanos;
    private HttpClientRequest httpRequest;
    private Context context;
    private boolean aborted;

    Exchange(TransportRequest request, CompletableFuture<TransportResponse> result) {
        this.request = request;
        this.result = result;
        this.deadlineNanos = System.nanoTime() + request.timeout().toNanos();
    }

    /** Records the request once it has a connection; {@code false} if the exchange was aborted before. */
    synchronized boolean attach(HttpClientRequest httpRequest, Context current) {
        if (aborted) {
            return false;
        }
        this.httpRequest = httpRequest;
        this.context = current;
        return true;
    }

    /** Resets the request if it exists; otherwise {@link #attach} refuses it when it gets a connection. */
    void abort() {
        HttpClientRequest toReset;
        Context resetOn;
        synchronized (this) {
            if (aborted) {
                return;
            }
            aborted = true;
            toReset = httpRequest;
            resetOn = context;
        }
        if (toReset == null) {
            return;
        }
        if (resetOn == null) {
            toReset.reset();
        } else {
            resetOn.runOnContext(ignored -> toReset.reset());
        }
    }
}
