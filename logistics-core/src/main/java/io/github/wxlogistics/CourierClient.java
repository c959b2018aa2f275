package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.PreviewTemplateRequest;
import io.github.wxlogistics.model.PreviewTemplateResponse;
import io.github.wxlogistics.model.UpdateBusinessRequest;
import io.github.wxlogistics.model.UpdatePathRequest;

/**
 * The courier-side calls, blocking, with the same rules as {@link MerchantClient}. Obtain one
 * from {@link LogisticsClient#courier()}.
 */
public final class CourierClient {

    private final ApiCaller caller;

    CourierClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * getContact: the sender and receiver of a waybill.
     *
     * @param request the waybill and the order token WeChat pushed with it
     * @return the sender's and receiver's contact details
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_getcontact.html">logistics.getContact</a>
     */
    public GetContactResponse getContact(GetContactRequest request) {
        return caller.callBlocking(Endpoints.GET_CONTACT, request);
    }

    /**
     * updatePath: appends a node to a waybill's tracking path; sent at most once.
     *
     * @param request the waybill, its order token and the new tracking node
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatepath.html">logistics.updatePath</a>
     */
    public void updatePath(UpdatePathRequest request) {
        caller.callBlocking(Endpoints.UPDATE_PATH, request);
    }

    /**
     * previewTemplate: renders a waybill template with an order's data; retried like a read.
     *
     * @param request the template and a sample order to render
     * @return the rendered waybill, Base64-encoded HTML
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_previewtemplate.html">logistics.previewTemplate</a>
     */
    public PreviewTemplateResponse previewTemplate(PreviewTemplateRequest request) {
        return caller.callBlocking(Endpoints.PREVIEW_TEMPLATE, request);
    }

    /**
     * updateBusiness: reports the review result of a merchant's account; sent at most once.
     *
     * @param request the merchant's biz_id and the review result
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/express/express-by-provider/api_updatebusiness.html">logistics.updateBusiness</a>
     */
    public void updateBusiness(UpdateBusinessRequest request) {
        caller.callBlocking(Endpoints.UPDATE_BUSINESS, request);
    }
}
