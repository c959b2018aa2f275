package io.github.wxlogistics.docs.wxjava;

// tag::imports[]
import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.express.WxMaExpressPath;
import cn.binarywang.wx.miniapp.bean.express.request.WxMaExpressGetOrderRequest;
import cn.binarywang.wx.miniapp.message.WxMaMessageRouter;
import java.util.List;
import java.util.function.Consumer;
import me.chanjar.weixin.common.error.WxErrorException;
// end::imports[]

/**
 * A WxJava integration as many merchants have it: the tracking path read through
 * {@code WxMaExpressService}, and {@code add_express_path} pushes routed by {@code WxMaMessageRouter}.
 * WxMigrationTest runs it beside its port, {@link TrackingAfter}.
 */
final class TrackingBefore {

    private final WxMaService wx;

    TrackingBefore(WxMaService wx) {
        this.wx = wx;
    }

    // tag::path[]
    List<String> path(String orderId, String openid, String deliveryId, String waybillId) throws WxErrorException {
        WxMaExpressPath path = wx.getExpressService().getPath(WxMaExpressGetOrderRequest.builder()
                .orderId(orderId).openid(openid).deliveryId(deliveryId).waybillId(waybillId).build());
        return path.getPathItemList().stream()
                .map(item -> item.getActionTime() + " " + item.getActionType() + " " + item.getActionMsg()).toList();
    }
    // end::path[]

    // tag::router[]
    static WxMaMessageRouter router(WxMaService wx, Consumer<String> waybillUpdated) {
        WxMaMessageRouter router = new WxMaMessageRouter(wx);
        router.rule().async(false).msgType("event").event("add_express_path").handler((message, context, service,
                sessions) -> {
            waybillUpdated.accept((String) message.getAllFieldsMap().get("WayBillId"));
            return null;
        }).end();
        return router;
    }
    // end::router[]
}
