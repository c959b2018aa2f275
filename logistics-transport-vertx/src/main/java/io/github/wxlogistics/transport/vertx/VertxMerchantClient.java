package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.AsyncMerchantClient;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The merchant-side calls as Vert.x futures, completed on the caller's context; failures are the
 * library's {@link io.github.wxlogistics.error.LogisticsException}s. Obtain one from
 * {@link VertxLogisticsClient#merchant()}.
 */
public final class VertxMerchantClient {

    private final Vertx vertx;
    private final AsyncMerchantClient calls;

    VertxMerchantClient(Vertx vertx, AsyncMerchantClient calls) {
        this.vertx = vertx;
        this.calls = calls;
    }

    /** getOrder; see {@link AsyncMerchantClient#getOrder}. */
    public Future<GetOrderResponse> getOrder(GetOrderRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getOrder(request));
    }

    /** getPath; see {@link AsyncMerchantClient#getPath}. */
    public Future<GetPathResponse> getPath(GetPathRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getPath(request));
    }

    /** getAllAccount; see {@link AsyncMerchantClient#getAllAccount}. */
    public Future<GetAllAccountResponse> getAllAccount() {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getAllAccount());
    }
}
