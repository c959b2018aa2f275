package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Blocking;
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
        return await("getOrder", () -> async.getOrder(request));
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
        return await("getPath", () -> async.getPath(request));
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
        return await("getAllAccount", async::getAllAccount);
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
        return await("addOrder", () -> async.addOrder(request));
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
        return await("batchGetOrder", () -> async.batchGetOrder(request));
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
        return await("cancelOrder", () -> async.cancelOrder(request));
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
        return await("getAllDelivery", async::getAllDelivery);
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
        return await("getPrinter", async::getPrinter);
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
        await("updatePrinter", () -> async.updatePrinter(request));
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
        return await("getQuota", () -> async.getQuota(request));
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
        await("bindAccount", () -> async.bindAccount(request));
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
        await("testUpdateOrder", () -> async.testUpdateOrder(request));
    }

    private <T> T await(String operation, Supplier<CompletableFuture<T>> call) {
        Blocking.checkMayBlock(caller.adapter(), operation);
        return Blocking.await(call.get(), caller.callTimeout(), operation);
    }
}
