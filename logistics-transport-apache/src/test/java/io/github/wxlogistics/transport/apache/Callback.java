package io.github.wxlogistics.transport.apache;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.core5.concurrent.FutureCallback;

/** Completes a future with the status of a response the test sends through a borrowed client. */
final class Callback implements FutureCallback<SimpleHttpResponse> {

    private final CompletableFuture<Integer> status;

    Callback(CompletableFuture<Integer> status) {
        this.status = status;
    }

    @Override
    public void completed(SimpleHttpResponse response) {
        status.complete(response.getCode());
    }

    @Override
    public void failed(Exception failure) {
        status.completeExceptionally(failure);
    }

    @Override
    public void cancelled() {
        status.completeExceptionally(new CancellationException());
    }
}
