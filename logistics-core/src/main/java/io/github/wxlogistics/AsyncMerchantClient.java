package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
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

    /**
     * getOrder: a waybill's data and printable HTML. Retried on -1, 5xx and I/O errors.
     *
     * @param request the order to read: {@code order_id}, or {@code delivery_id} and {@code waybill_id}
     * @return a future of the waybill's data and printable HTML,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getorder.html">logistics.getOrder</a>
     */
    public CompletableFuture<GetOrderResponse> getOrder(GetOrderRequest request) {
        return caller.call(Endpoints.GET_ORDER, request);
    }

    /**
     * getPath: a waybill's tracking path. Retried on -1, 5xx and I/O errors.
     *
     * @param request the waybill whose path to read
     * @return a future of the waybill's tracking path,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getpath.html">logistics.getPath</a>
     */
    public CompletableFuture<GetPathResponse> getPath(GetPathRequest request) {
        return caller.call(Endpoints.GET_PATH, request);
    }

    /**
     * getAllAccount: the courier accounts bound to this mini program. Retried on -1, 5xx and I/O errors.
     *
     * @return a future of the bound courier accounts,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getallaccount.html">logistics.getAllAccount</a>
     */
    public CompletableFuture<GetAllAccountResponse> getAllAccount() {
        return caller.call(Endpoints.GET_ALL_ACCOUNT, null);
    }

    /**
     * addOrder: creates a waybill. A write: sent at most once; after a transport failure, check
     * with getOrder by order_id whether it landed.
     * A courier refusal fails with an {@link io.github.wxlogistics.error.ApiException} carrying
     * {@code delivery_resultcode}.
     *
     * @param request the order to create; validated before anything is sent
     * @return a future of the waybill: its number and the data to render it,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">logistics.addOrder</a>
     */
    public CompletableFuture<AddOrderResponse> addOrder(AddOrderRequest request) {
        return caller.call(Endpoints.ADD_ORDER, request);
    }

    /**
     * batchGetOrder: up to 100 waybills at once. An order's own error is reported in its element,
     * not thrown. Retried on -1, 5xx and I/O errors.
     *
     * @param request the orders to read, at most 100
     * @return a future of one element per order, each with its own errcode,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_batchgetorder.html">logistics.batchGetOrder</a>
     */
    public CompletableFuture<BatchGetOrderResponse> batchGetOrder(BatchGetOrderRequest request) {
        return caller.call(Endpoints.BATCH_GET_ORDER, request);
    }

    /**
     * cancelOrder: cancels a waybill. A write: sent at most once; check with getOrder after a transport failure.
     *
     * @param request the waybill to cancel
     * @return a future of the courier's result code and message,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_cancelorder.html">logistics.cancelOrder</a>
     */
    public CompletableFuture<CancelOrderResponse> cancelOrder(CancelOrderRequest request) {
        return caller.call(Endpoints.CANCEL_ORDER, request);
    }

    /**
     * getAllDelivery: the couriers WeChat supports. Retried on -1, 5xx and I/O errors.
     *
     * @return a future of the couriers WeChat supports,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getalldelivery.html">logistics.getAllDelivery</a>
     */
    public CompletableFuture<GetAllDeliveryResponse> getAllDelivery() {
        return caller.call(Endpoints.GET_ALL_DELIVERY, null);
    }

    /**
     * getPrinter: the waybill printers configured. Retried on -1, 5xx and I/O errors.
     *
     * @return a future of the configured printers' openids and tags,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getprinter.html">logistics.getPrinter</a>
     */
    public CompletableFuture<GetPrinterResponse> getPrinter() {
        return caller.call(Endpoints.GET_PRINTER, null);
    }

    /**
     * updatePrinter: binds or unbinds a waybill printer. A write: sent at most once.
     *
     * @param request the printer to bind or unbind
     * @return a future completed when WeChat accepted the call,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_updateprinter.html">logistics.updatePrinter</a>
     */
    public CompletableFuture<Void> updatePrinter(UpdatePrinterRequest request) {
        return caller.call(Endpoints.UPDATE_PRINTER, request);
    }

    /**
     * getQuota: a bound account's e-waybill balance. Retried on -1, 5xx and I/O errors.
     *
     * @param request the bound account whose balance to read
     * @return a future of the account's e-waybill balance,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getquota.html">logistics.getQuota</a>
     */
    public CompletableFuture<GetQuotaResponse> getQuota(GetQuotaRequest request) {
        return caller.call(Endpoints.GET_QUOTA, request);
    }

    /**
     * bindAccount: binds or unbinds a courier account. A write: sent at most once; check with
     * getAllAccount after a transport failure.
     *
     * @param request the account to bind or unbind
     * @return a future completed when WeChat accepted the call,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_bindaccount.html">logistics.bindAccount</a>
     */
    public CompletableFuture<Void> bindAccount(BindAccountRequest request) {
        return caller.call(Endpoints.BIND_ACCOUNT, request);
    }

    /**
     * testUpdateOrder: appends a node to a sandbox order's path. A write: sent at most once.
     *
     * @param request the sandbox order and the node to append
     * @return a future completed when WeChat accepted the call,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_testupdateorder.html">logistics.testUpdateOrder</a>
     */
    public CompletableFuture<Void> testUpdateOrder(TestUpdateOrderRequest request) {
        return caller.call(Endpoints.TEST_UPDATE_ORDER, request);
    }
}
