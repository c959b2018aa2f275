package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.AsyncMerchantClient;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.AddOrderResponse;
import io.github.wxlogistics.model.BatchGetOrderRequest;
import io.github.wxlogistics.model.BatchGetOrderResponse;
import io.github.wxlogistics.model.BindAccountRequest;
import io.github.wxlogistics.model.CancelOrderRequest;
import io.github.wxlogistics.model.CancelOrderResponse;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetAllDeliveryResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.GetPrinterResponse;
import io.github.wxlogistics.model.GetQuotaRequest;
import io.github.wxlogistics.model.GetQuotaResponse;
import io.github.wxlogistics.model.TestUpdateOrderRequest;
import io.github.wxlogistics.model.UpdatePrinterRequest;
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

    /** addOrder, sent at most once; see {@link AsyncMerchantClient#addOrder}. */
    public Future<AddOrderResponse> addOrder(AddOrderRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.addOrder(request));
    }

    /** batchGetOrder; see {@link AsyncMerchantClient#batchGetOrder}. */
    public Future<BatchGetOrderResponse> batchGetOrder(BatchGetOrderRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.batchGetOrder(request));
    }

    /** cancelOrder, sent at most once; see {@link AsyncMerchantClient#cancelOrder}. */
    public Future<CancelOrderResponse> cancelOrder(CancelOrderRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.cancelOrder(request));
    }

    /** getAllDelivery; see {@link AsyncMerchantClient#getAllDelivery}. */
    public Future<GetAllDeliveryResponse> getAllDelivery() {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getAllDelivery());
    }

    /** getPrinter; see {@link AsyncMerchantClient#getPrinter}. */
    public Future<GetPrinterResponse> getPrinter() {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getPrinter());
    }

    /** updatePrinter, sent at most once; see {@link AsyncMerchantClient#updatePrinter}. */
    public Future<Void> updatePrinter(UpdatePrinterRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.updatePrinter(request));
    }

    /** getQuota; see {@link AsyncMerchantClient#getQuota}. */
    public Future<GetQuotaResponse> getQuota(GetQuotaRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.getQuota(request));
    }

    /** bindAccount, sent at most once; see {@link AsyncMerchantClient#bindAccount}. */
    public Future<Void> bindAccount(BindAccountRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.bindAccount(request));
    }

    /** testUpdateOrder, sent at most once; see {@link AsyncMerchantClient#testUpdateOrder}. */
    public Future<Void> testUpdateOrder(TestUpdateOrderRequest request) {
        return VertxLogisticsClient.onCallerContext(vertx, calls.testUpdateOrder(request));
    }
}
