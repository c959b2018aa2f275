package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.internal.push.PushSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Plaintext add_waybill pushes, signed with a test push Token, for receivers called in process. */
final class Pushes {

    static final String PUSH_TOKEN = "RedisStorePushToken";

    private Pushes() {
    }

    static PushRequest addWaybill(String orderId) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = "4711";
        return PushRequest.of("POST", Map.of("signature", PushSignature.sign(PUSH_TOKEN, ts, nonce), "timestamp", ts,
                "nonce", nonce), ("<xml><ToUserName>gh_courier</ToUserName><FromUserName>oWeChat</FromUserName>"
                + "<CreateTime>" + ts + "</CreateTime><MsgType>event</MsgType><Event>add_waybill</Event>"
                + "<Token>order-token-1</Token><OrderID>" + orderId + "</OrderID><BizID>biz-1</BizID>"
                + "<WayBillID>77</WayBillID></xml>").getBytes(StandardCharsets.UTF_8));
    }
}
