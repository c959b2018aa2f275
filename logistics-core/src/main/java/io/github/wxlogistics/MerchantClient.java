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

/**
 * The merchant-side calls, blocking: each waits at most the client's call timeout and throws a
 * {@link io.github.wxlogistics.error.LogisticsException} on failure. Called on an event-loop
 * thread, it throws {@link IllegalStateException} at once instead of blocking the loop.
 * Obtain one from {@link LogisticsClient#merchant()}.
 */
public final class MerchantClient {

    private final ApiCaller caller;

    MerchantClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * getOrder: a waybill's data and printable HTML.
     *
     * @param request the order to read: {@code order_id}, or {@code delivery_id} and {@code waybill_id}
     * @return the waybill's data and printable HTML
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getorder.html">logistics.getOrder</a>
     */
    public GetOrderResponse getOrder(GetOrderRequest request) {
        return caller.callBlocking(Endpoints.GET_ORDER, request);
    }

    /**
     * getPath: a waybill's tracking path.
     *
     * @param request the waybill whose path to read
     * @return the waybill's tracking path
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getpath.html">logistics.getPath</a>
     */
    public GetPathResponse getPath(GetPathRequest request) {
        return caller.callBlocking(Endpoints.GET_PATH, request);
    }

    /**
     * getAllAccount: the courier accounts bound to this mini program.
     *
     * @return the bound courier accounts
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getallaccount.html">logistics.getAllAccount</a>
     */
    public GetAllAccountResponse getAllAccount() {
        return caller.callBlocking(Endpoints.GET_ALL_ACCOUNT, null);
    }

    /**
     * addOrder: creates a waybill; sent at most once. See {@link AsyncMerchantClient#addOrder}.
     *
     * @param request the order to create; validated before anything is sent
     * @return the waybill: its number and the data to render it
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_addorder.html">logistics.addOrder</a>
     */
    public AddOrderResponse addOrder(AddOrderRequest request) {
        return caller.callBlocking(Endpoints.ADD_ORDER, request);
    }

    /**
     * batchGetOrder: up to 100 waybills at once; an order's own error is in its element, not thrown.
     *
     * @param request the orders to read, at most 100
     * @return one element per order, each with its own errcode
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_batchgetorder.html">logistics.batchGetOrder</a>
     */
    public BatchGetOrderResponse batchGetOrder(BatchGetOrderRequest request) {
        return caller.callBlocking(Endpoints.BATCH_GET_ORDER, request);
    }

    /**
     * cancelOrder: cancels a waybill; sent at most once.
     *
     * @param request the waybill to cancel
     * @return the courier's result code and message
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_cancelorder.html">logistics.cancelOrder</a>
     */
    public CancelOrderResponse cancelOrder(CancelOrderRequest request) {
        return caller.callBlocking(Endpoints.CANCEL_ORDER, request);
    }

    /**
     * getAllDelivery: the couriers WeChat supports.
     *
     * @return the couriers WeChat supports
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getalldelivery.html">logistics.getAllDelivery</a>
     */
    public GetAllDeliveryResponse getAllDelivery() {
        return caller.callBlocking(Endpoints.GET_ALL_DELIVERY, null);
    }

    /**
     * getPrinter: the waybill printers configured.
     *
     * @return the configured printers' openids and tags
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getprinter.html">logistics.getPrinter</a>
     */
    public GetPrinterResponse getPrinter() {
        return caller.callBlocking(Endpoints.GET_PRINTER, null);
    }

    /**
     * updatePrinter: binds or unbinds a waybill printer; sent at most once.
     *
     * @param request the printer to bind or unbind
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_updateprinter.html">logistics.updatePrinter</a>
     */
    public void updatePrinter(UpdatePrinterRequest request) {
        caller.callBlocking(Endpoints.UPDATE_PRINTER, request);
    }

    /**
     * getQuota: a bound account's e-waybill balance.
     *
     * @param request the bound account whose balance to read
     * @return the account's e-waybill balance
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_getquota.html">logistics.getQuota</a>
     */
    public GetQuotaResponse getQuota(GetQuotaRequest request) {
        return caller.callBlocking(Endpoints.GET_QUOTA, request);
    }

    /**
     * bindAccount: binds or unbinds a courier account; sent at most once.
     *
     * @param request the account to bind or unbind
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_bindaccount.html">logistics.bindAccount</a>
     */
    public void bindAccount(BindAccountRequest request) {
        caller.callBlocking(Endpoints.BIND_ACCOUNT, request);
    }

    /**
     * testUpdateOrder: appends a node to a sandbox order's path; sent at most once.
     *
     * @param request the sandbox order and the node to append
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-business/api_testupdateorder.html">logistics.testUpdateOrder</a>
     */
    public void testUpdateOrder(TestUpdateOrderRequest request) {
        caller.callBlocking(Endpoints.TEST_UPDATE_ORDER, request);
    }
}
