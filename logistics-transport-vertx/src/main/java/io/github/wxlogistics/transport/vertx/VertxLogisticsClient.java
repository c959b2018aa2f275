package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.AsyncLogisticsClient;
import io.github.wxlogistics.LogisticsClient;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Adapts the calls of a {@link LogisticsClient} to Vert.x: {@link #call(Function)} runs one call
 * of {@link LogisticsClient#async()} and returns an {@link io.vertx.core.Future} that completes on
 * the caller's Vert.x context (the verticle's event loop when called from a verticle), so handlers
 * need no {@code runOnContext}. Nothing blocks. Every call of the async client is reachable, with
 * no per-call wrapper to keep in step:
 *
 * <pre>{@code
 * VertxLogisticsClient wechat = VertxLogisticsClient.create(client, vertx);
 * wechat.call(async -> async.merchant().getPath(GetPathRequest.builder().orderId(orderId).deliveryId("SF")
         .waybillId(waybillId).build()))
 *       .onSuccess(path -> ...);   // on this verticle's event loop
 * }</pre>
 *
 * <p>Closing is the {@link LogisticsClient}'s business: this adapter owns nothing and has no
 * {@code close()}. Thread-safe.
 */
public final class VertxLogisticsClient {

    private final LogisticsClient client;
    private final Vertx vertx;

    private VertxLogisticsClient(LogisticsClient client, Vertx vertx) {
        this.client = client;
        this.vertx = vertx;
    }

    /**
     * An adapter whose futures complete on the caller's context of {@code vertx}. Neither
     * argument is closed by it.
     *
     * @param client the client whose {@link LogisticsClient#async() async view} makes the calls
     * @param vertx  the Vert.x instance whose contexts the futures complete on
     * @return a new adapter
     * @throws NullPointerException if an argument is null
     */
    public static VertxLogisticsClient create(LogisticsClient client, Vertx vertx) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(vertx, "vertx");
        return new VertxLogisticsClient(client, vertx);
    }

    /**
     * Makes one call and adapts its result to a Vert.x future.
     *
     * <p>The future completes on the Vert.x context current when {@code call} is invoked; off
     * Vert.x threads, on a context of the adapter's {@link Vertx} ({@link Vertx#getOrCreateContext()}).
     * It fails with the library's exception ({@link io.github.wxlogistics.error.LogisticsException}
     * and its subclasses, such as {@link io.github.wxlogistics.error.ApiException} or
     * {@link io.github.wxlogistics.error.ValidationException}), never wrapped in a
     * {@link CompletionException}; an exception {@code call} throws fails the future the same way
     * instead of propagating. The call is made at once, on the calling thread; it does not block.
     *
     * @param call picks the call on the async client, such as
     *     {@code async -> async.merchant().getOrder(request)}; it may add non-blocking stages of its
     *     own; it MUST NOT return {@code null}
     * @param <T>  the call's result type ({@link Void} for calls that return only a status)
     * @return a future completing on the caller's context with the call's result or failure
     * @throws NullPointerException if {@code call} is null
     */
    public <T> Future<T> call(Function<AsyncLogisticsClient, ? extends CompletionStage<T>> call) {
        Objects.requireNonNull(call, "call");
        Context context = vertx.getOrCreateContext();
        CompletableFuture<T> outcome = new CompletableFuture<>();
        try {
            CompletionStage<T> stage = Objects.requireNonNull(call.apply(client.async()), "the call returned null");
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    outcome.complete(value);
                } else {
                    outcome.completeExceptionally(unwrap(failure));
                }
            });
        } catch (RuntimeException e) {
            outcome.completeExceptionally(unwrap(e));
        }
        return Future.fromCompletionStage(outcome, context);
    }

    /** {@return the adapted client's description; never a credential} */
    @Override
    public String toString() {
        return "VertxLogisticsClient[" + client + "]";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
