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
    private final AsyncIntracityClient intracity;

    AsyncLogisticsClient(ApiCaller caller) {
        this.merchant = new AsyncMerchantClient(caller);
        this.courier = new AsyncCourierClient(caller);
        this.intracity = new AsyncIntracityClient(caller);
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

    /**
     * The intracity delivery calls (同城配送); all but {@code apply} need API security on the client.
     *
     * @return the intracity delivery calls
     */
    public AsyncIntracityClient intracity() {
        return intracity;
    }
}
