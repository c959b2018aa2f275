package io.github.wxlogistics;

import io.github.wxlogistics.internal.call.ApiCaller;
import io.github.wxlogistics.internal.call.Endpoints;
import io.github.wxlogistics.model.AddReturnRequest;
import io.github.wxlogistics.model.AddReturnResponse;
import io.github.wxlogistics.model.GetReturnResponse;
import io.github.wxlogistics.model.ReturnIdRequest;

/**
 * The return component (退货组件): the current {@code /cgi-bin/express/delivery/no_worry_return/...}
 * calls and the legacy {@code .../return/...} ones older accounts still call.
 *
 * <p>These calls, blocking: each waits at most the client's call timeout and throws a
 * {@link io.github.wxlogistics.error.LogisticsException} on failure. Called on an event-loop thread,
 * it throws {@link IllegalStateException} at once instead of blocking the loop. Reads are retried on -1,
 * 5xx and I/O errors; writes are sent at most once.
 * Obtain one from {@link LogisticsClient#returns()}.
 */
public final class ReturnClient {

    private final ApiCaller caller;

    ReturnClient(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * no_worry_return/add: creates a return id and sends the user a service notice to fill it in; sent at
     * most once (errcode 9300522 when the shop_order_id was used, {@link
     * io.github.wxlogistics.error.ApiException#isAlreadyExists()}).
     *
     * @param request the return, with the insured {@code wx_pay_id}
     * @return the {@code return_id}
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_addreturnid.html">addReturnId</a>
     */
    public AddReturnResponse addReturnId(AddReturnRequest request) {
        return caller.callBlocking(Endpoints.ADD_RETURN_ID, request);
    }

    /**
     * no_worry_return/get: how the user sends the return back and where the parcel is.
     *
     * @param request the return id
     * @return the method, waybill and status
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_getreturnid.html">getReturnId</a>
     */
    public GetReturnResponse getReturnId(ReturnIdRequest request) {
        return caller.callBlocking(Endpoints.GET_RETURN_ID, request);
    }

    /**
     * no_worry_return/unbind: releases a return id; WeChat allows it only after the user filled in a
     * self-ship waybill number (not for a booked pickup), and answers 40097 otherwise; sent at most once.
     *
     * @param request the return id
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_unbindreturnid.html">unbindReturnId</a>
     */
    public void unbindReturnId(ReturnIdRequest request) {
        caller.callBlocking(Endpoints.UNBIND_RETURN_ID, request);
    }

    /**
     * return/add, the legacy return component that older accounts still call: as {@link #addReturnId}
     * without {@code wx_pay_id}; sent at most once.
     *
     * @param request the return, without {@code wx_pay_id}
     * @return the {@code return_id}
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express-old/express_sale_return.html">addReturn</a>
     */
    public AddReturnResponse addReturn(AddReturnRequest request) {
        return caller.callBlocking(Endpoints.ADD_RETURN, request);
    }

    /**
     * return/get (legacy): as {@link #getReturnId}.
     *
     * @param request the return id
     * @return the method, waybill and status
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express-old/express_sale_return.html">getReturn</a>
     */
    public GetReturnResponse getReturn(ReturnIdRequest request) {
        return caller.callBlocking(Endpoints.GET_RETURN, request);
    }

    /**
     * return/unbind (legacy): as {@link #unbindReturnId}, with the same precondition; sent at most once.
     *
     * @param request the return id
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails; a
     *         {@link io.github.wxlogistics.error.ValidationException} means nothing was sent
     * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/express-old/express_sale_return.html">unbindReturn</a>
     */
    public void unbindReturn(ReturnIdRequest request) {
        caller.callBlocking(Endpoints.UNBIND_RETURN, request);
    }

    /**
     * return/open_return: applies to open the return component (申请开通物流退货组件) for the authorizer; sent at most once.
     *
     * <p>For a third-party platform only: call it through {@code ComponentPlatform.forAuthorizer(appId)}. Errcodes:
     * 933000 the mini program's category is not open to it, 933001 a serious violation in the last 90 days,
     * 933002 no payment in the last 90 days, 933003 already open, 933004 not called by a third party
     * ({@link io.github.wxlogistics.error.ApiException#errcode()}); at most 500 calls a day.
     *
     * @throws io.github.wxlogistics.error.LogisticsException if the call fails
     * @see <a href="https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applyreturnplugin.html">applyReturnPlugin</a>
     */
    public void applyReturnPlugin() {
        caller.callBlocking(Endpoints.APPLY_RETURN_PLUGIN, null);
    }
}
