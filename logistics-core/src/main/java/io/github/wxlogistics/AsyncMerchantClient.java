package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The merchant-side calls ({@code /cgi-bin/express/business/...}), non-blocking. Every future
 * completes within the client's call timeout, exceptionally with a
 * {@link io.github.wxlogistics.error.LogisticsException}; bad input fails the future with a
 * {@link io.github.wxlogistics.error.ValidationException} before anything is sent. Obtain one
 * from {@link AsyncLogisticsClient#merchant()}.
 */
public final class AsyncMerchantClient {

    private final ApiCaller caller;

    AsyncMerchantClient(ApiCaller caller) {
        this.caller = caller;
    }

    /** getOrder: a waybill's data and printable HTML. Retried on -1, 5xx and I/O errors. */
    public CompletableFuture<GetOrderResponse> getOrder(GetOrderRequest request) {
        return caller.call(Endpoints.GET_ORDER, request);
    }

    /** getPath: a waybill's tracking path. Retried on -1, 5xx and I/O errors. */
    public CompletableFuture<GetPathResponse> getPath(GetPathRequest request) {
        return caller.call(Endpoints.GET_PATH, request);
    }

    /** getAllAccount: the courier accounts bound to this mini program. Retried on -1, 5xx and I/O errors. */
    public CompletableFuture<GetAllAccountResponse> getAllAccount() {
        return caller.call(Endpoints.GET_ALL_ACCOUNT, null);
    }
}
