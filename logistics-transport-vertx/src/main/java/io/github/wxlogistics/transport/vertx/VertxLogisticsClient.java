package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.LogisticsClient;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A Vert.x-native view of a {@link LogisticsClient}: every call returns an
 * {@link io.vertx.core.Future} that completes on the Vert.x context of the caller (the verticle's
 * event loop when called from a verticle), so handlers need no {@code runOnContext}. Nothing
 * blocks. Closing is the {@link LogisticsClient}'s business: this view owns nothing.
 *
 * <pre>{@code
 * VertxLogisticsClient wx = VertxLogisticsClient.create(vertx, client);
 * wx.merchant().getPath(GetPathRequest.of(orderId, "SF", waybillId))
 *   .onSuccess(path -> ...);
 * }</pre>
 */
public final class VertxLogisticsClient {

    private final VertxMerchantClient merchant;
    private final VertxCourierClient courier;

    private VertxLogisticsClient(Vertx vertx, LogisticsClient client) {
        this.merchant = new VertxMerchantClient(vertx, client.async().merchant());
        this.courier = new VertxCourierClient(vertx, client.async().courier());
    }

    /**
     * A view of {@code client} whose futures complete on the caller's context of {@code vertx}.
     * Neither argument is closed by this view.
     */
    public static VertxLogisticsClient create(Vertx vertx, LogisticsClient client) {
        return new VertxLogisticsClient(Objects.requireNonNull(vertx, "vertx"), Objects.requireNonNull(client, "client"));
    }

    /** The merchant-side calls. */
    public VertxMerchantClient merchant() {
        return merchant;
    }

    /** The courier-side calls. */
    public VertxCourierClient courier() {
        return courier;
    }

    /** Adapts a stage to a future completed on the calling thread's context (or a new one off Vert.x threads). */
    static <T> Future<T> onCallerContext(Vertx vertx, CompletionStage<T> stage) {
        Context context = vertx.getOrCreateContext();
        return Future.fromCompletionStage(stage, context);
    }
}
