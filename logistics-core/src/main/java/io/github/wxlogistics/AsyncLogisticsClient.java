package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;

/**
 * The non-blocking view of a {@link LogisticsClient}: every call returns a
 * {@link java.util.concurrent.CompletableFuture} and no continuation blocks. Safe to use from
 * event loops. Obtain it from {@link LogisticsClient#async()}; closing the
 * {@link LogisticsClient} closes it too.
 */
public final class AsyncLogisticsClient {

    private final AsyncMerchantClient merchant;
    private final AsyncCourierClient courier;

    AsyncLogisticsClient(ApiCaller caller) {
        this.merchant = new AsyncMerchantClient(caller);
        this.courier = new AsyncCourierClient(caller);
    }

    /**
     * The merchant-side calls.
     *
     * @return the merchant-side calls
     */
    public AsyncMerchantClient merchant() {
        return merchant;
    }

    /**
     * The courier-side calls.
     *
     * @return the courier-side calls
     */
    public AsyncCourierClient courier() {
        return courier;
    }
}
