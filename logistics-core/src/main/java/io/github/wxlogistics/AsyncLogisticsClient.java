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
    private final AsyncTrackingClient tracking;
    private final AsyncReturnClient returns;
    private final AsyncFreightInsuranceClient freightInsurance;

    AsyncLogisticsClient(ApiCaller caller) {
        this.merchant = new AsyncMerchantClient(caller);
        this.courier = new AsyncCourierClient(caller);
        this.intracity = new AsyncIntracityClient(caller);
        this.tracking = new AsyncTrackingClient(caller);
        this.returns = new AsyncReturnClient(caller);
        this.freightInsurance = new AsyncFreightInsuranceClient(caller);
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

    /**
     * The tracking component (物流查询组件) and the deprecated message component.
     *
     * @return the tracking calls
     */
    public AsyncTrackingClient tracking() {
        return tracking;
    }

    /**
     * The return component (退货组件), current and legacy paths.
     *
     * @return the return calls
     */
    public AsyncReturnClient returns() {
        return returns;
    }

    /**
     * Freight insurance (无忧退货 / 运费险).
     *
     * @return the freight insurance calls
     */
    public AsyncFreightInsuranceClient freightInsurance() {
        return freightInsurance;
    }
}
