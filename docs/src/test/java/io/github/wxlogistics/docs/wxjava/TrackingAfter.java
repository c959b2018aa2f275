package io.github.wxlogistics.docs.wxjava;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.event.PushReceiver;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import java.util.List;
import java.util.function.Consumer;

/** {@link TrackingBefore} ported: the same path read and the same pushes received with this library. */
final class TrackingAfter {

    private final LogisticsClient client;

    TrackingAfter(LogisticsClient client) {
        this.client = client;
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
                .onAddExpressPath(push -> waybillUpdated.accept(push.waybillId()))
                .build();
    }
    // end::receiver[]
}
