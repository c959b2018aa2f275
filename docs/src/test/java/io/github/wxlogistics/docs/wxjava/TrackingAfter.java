package io.github.wxlogistics.docs.wxjava;

// tag::imports[]
import cn.binarywang.wx.miniapp.api.WxMaService;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.spi.HttpTransport;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
// end::imports[]

/** {@link TrackingBefore} ported: the same path read and the same pushes received with this library. */
final class TrackingAfter {

    private final LogisticsClient client;

    TrackingAfter(LogisticsClient client) {
        this.client = client;
    }

    static LogisticsClient client(WxMaService wx, Executor fetches, URI baseUri, HttpTransport transport) {
        // tag::share-token[]
        LogisticsClient client = LogisticsClient.builder()
                .tokenProvider(new WxJavaTokenProvider(wx, fetches))   // WxJava stays the only token owner
                .baseUri(baseUri).transport(transport).build();
        // end::share-token[]
        return client;
    }

    // tag::path[]
    List<String> path(String orderId, String openid, String deliveryId, String waybillId) {
        GetPathResponse path = client.merchant().getPath(GetPathRequest.builder()   // openid: not needed
                .orderId(orderId).deliveryId(deliveryId).waybillId(waybillId).build());
        return path.pathItemList().stream()
                .map(item -> item.actionTime() + " " + item.actionType().code() + " " + item.actionMsg()).toList();
    }
    // end::path[]

    // tag::receiver[]
    static PushReceiver receiver(String pushToken, Consumer<String> waybillUpdated) {
        return PushReceiver.builder().token(pushToken)     // plus encodingAesKey(..) and appId(..) in safe mode
                .on(AddExpressPathEvent.class, push -> waybillUpdated.accept(push.waybillId()))
                .build();
    }
    // end::receiver[]
}
