package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Blocking;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The merchant-side calls, blocking: each waits at most the client's call timeout and throws a
 * {@link io.github.wxlogistics.error.LogisticsException} on failure. Called on an event-loop
 * thread, it throws {@link IllegalStateException} at once instead of blocking the loop.
 * Obtain one from {@link LogisticsClient#merchant()}.
 */
public final class MerchantClient {

    private final ApiCaller caller;
    private final AsyncMerchantClient async;

    MerchantClient(ApiCaller caller, AsyncMerchantClient async) {
        this.caller = caller;
        this.async = async;
    }

    /** getOrder: a waybill's data and printable HTML. */
    public GetOrderResponse getOrder(GetOrderRequest request) {
        return await("getOrder", () -> async.getOrder(request));
    }

    /** getPath: a waybill's tracking path. */
    public GetPathResponse getPath(GetPathRequest request) {
        return await("getPath", () -> async.getPath(request));
    }

    /** getAllAccount: the courier accounts bound to this mini program. */
    public GetAllAccountResponse getAllAccount() {
        return await("getAllAccount", async::getAllAccount);
    }

    private <T> T await(String operation, Supplier<CompletableFuture<T>> call) {
        Blocking.checkMayBlock(caller.pipeline(), operation);
        return Blocking.await(call.get(), caller.callTimeout(), operation);
    }
}
