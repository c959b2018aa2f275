package io.github.wxlogistics.model;

/**
 * The return component's get and unbind request.
 *
 * <p>Official pages: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_getreturnid.html">get</a>,
 * <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-return/api_unbindreturnid.html">unbind</a>.
 *
 * @param returnId {@code return_id} from add (required)
 */
public record ReturnIdRequest(String returnId) {

    /**
     * The request.
     *
     * @param returnId the return id add returned
     * @return the request
     */
    public static ReturnIdRequest of(String returnId) {
        return new ReturnIdRequest(returnId);
    }
}
