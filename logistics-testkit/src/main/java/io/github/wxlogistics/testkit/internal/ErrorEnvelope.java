package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.ThreadLocalRandom;

/** WeChat's error envelope, with the {@code rid} suffix WeChat appends to errmsg. */
public final class ErrorEnvelope {

    private ErrorEnvelope() {
    }

    /** {@code {"errcode":N,"errmsg":"... rid: ..."}}, as UTF-8 bytes. */
    public static byte[] error(int errcode, String errmsg) {
        return Jsons.bytes(builder(errcode, errmsg).build());
    }

    /** The envelope for a handler's error, with the courier-side result when it has one. */
    public static byte[] error(ApiError e) {
        JsonObjectBuilder b = builder(e.errcode(), e.errmsg());
        if (e.deliveryResultCode() != null) {
            b.add("delivery_resultcode", e.deliveryResultCode()).add("delivery_resultmsg", e.deliveryResultMsg());
        }
        return Jsons.bytes(b.build());
    }

    private static JsonObjectBuilder builder(int errcode, String errmsg) {
        return Jsons.object().add("errcode", errcode).add("errmsg", errmsg + " rid: " + rid());
    }

    /** A request id in WeChat's format, such as {@code 6543a1b2-4c1d2e3f-5a6b7c8d}. */
    public static String rid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%08x-%08x-%08x", r.nextInt(), r.nextInt(), r.nextInt());
    }
}
