package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The courier-side calls ({@code /cgi-bin/express/delivery/...}), non-blocking, made with the
 * courier's own mini program token. Same completion rules as {@link AsyncMerchantClient}.
 * Obtain one from {@link AsyncLogisticsClient#courier()}.
 */
public final class AsyncCourierClient {

    private final ApiCaller caller;

    AsyncCourierClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * getContact: the sender and receiver of a waybill. Retried on -1, 5xx and I/O errors.
     *
     * @param request the waybill and the order token WeChat pushed with it
     * @return a future of the sender's and receiver's contact details,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_getcontact.html">logistics.getContact</a>
     */
    public CompletableFuture<GetContactResponse> getContact(GetContactRequest request) {
        return caller.call(Endpoints.GET_CONTACT, request);
    }

    /**
     * updatePath: appends a node to a waybill's tracking path. A write: sent at most once; after
     * a transport failure, check with getPath whether it landed.
     *
     * @param request the waybill, its order token and the new tracking node
     * @return a future completed when WeChat accepted the call,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatepath.html">logistics.updatePath</a>
     */
    public CompletableFuture<Void> updatePath(UpdatePathRequest request) {
        return caller.call(Endpoints.UPDATE_PATH, request);
    }

    /**
     * previewTemplate: renders a waybill template with an order's data. It stores nothing, so it
     * is retried on -1, 5xx and I/O errors like a read.
     *
     * @param request the template and a sample order to render
     * @return a future of the rendered waybill, Base64-encoded HTML,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_previewtemplate.html">logistics.previewTemplate</a>
     */
    public CompletableFuture<PreviewTemplateResponse> previewTemplate(PreviewTemplateRequest request) {
        return caller.call(Endpoints.PREVIEW_TEMPLATE, request);
    }

    /**
     * updateBusiness: reports the review result of a merchant's account. A write: sent at most
     * once; the courier has no call to read it back, so after a transport failure only the
     * merchant's getAllAccount (their app, their token) shows whether it landed.
     *
     * @param request the merchant's biz_id and the review result
     * @return a future completed when WeChat accepted the call,
     *         or failed with a {@link io.github.wxlogistics.error.LogisticsException}
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatebusiness.html">logistics.updateBusiness</a>
     */
    public CompletableFuture<Void> updateBusiness(UpdateBusinessRequest request) {
        return caller.call(Endpoints.UPDATE_BUSINESS, request);
    }
}
