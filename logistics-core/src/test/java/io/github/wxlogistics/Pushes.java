package io.github.wxlogistics;

import io.github.wxlogistics.internal.push.PushCryptoTest;
import io.github.wxlogistics.internal.push.PushBodies;
import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.internal.push.PushSignature;
import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.support.EventFixtures;
import io.github.wxlogistics.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Signs and encrypts pushes the way WeChat does, for the receiver tests. */
final class Pushes {

    static final String TOKEN = "PushTokenSecret42";
    static final String AES_KEY = PushCryptoTest.AES_KEY;
    static final String APP_ID = PushCryptoTest.APP_ID;
    static final long NOW = 1714036504L;
    static final String NONCE = "1514711492";

    private Pushes() {
    }

    static TestClock clock() {
        return TestClock.atEpochSecond(NOW);
    }

    static PushReceiver.Builder receiver(PushMode mode) {
        PushReceiver.Builder builder = PushReceiver.builder().token(TOKEN).mode(mode).clock(clock());
        return mode == PushMode.PLAINTEXT ? builder : builder.encodingAesKey(AES_KEY).appId(APP_ID);
    }

    /** A plaintext-mode POST of the fixture, signed at {@link #NOW}. */
    static PushRequest plain(String event, String format) {
        return plain(EventFixtures.bytes(event, format), NOW);
    }

    static PushRequest plain(byte[] body, long timestamp) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("signature", PushSignature.sign(TOKEN, Long.toString(timestamp), NONCE));
        query.put("timestamp", Long.toString(timestamp));
        query.put("nonce", NONCE);
        query.put("openid", "oABCD");
        return PushRequest.of("POST", query, body);
    }

    /** A safe-mode POST of the fixture, encrypted for {@link #APP_ID} and signed at {@link #NOW}. */
    static PushRequest safe(String event, String format) {
        return encrypted(EventFixtures.text(event, format), format, APP_ID, NOW);
    }

    /** A POST whose body carries {@code Encrypt} of the message for the AppID, with both signatures. */
    static PushRequest encrypted(String message, String format, String appId, long timestamp) {
        return withEncrypt(PushCrypto.create(AES_KEY, appId).encrypt(message), format, timestamp);
    }

    /** A POST carrying this {@code Encrypt} value, signed correctly, so only decryption can fail. */
    static PushRequest withEncrypt(String encrypt, String format, long timestamp) {
        String body = format.equals("xml")
                ? "<xml><ToUserName><![CDATA[gh_abcdefg]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>"
                : "{\"ToUserName\":\"gh_abcdefg\",\"Encrypt\":\"" + encrypt + "\"}";
        Map<String, String> query = new LinkedHashMap<>(plain(new byte[0], timestamp).query());
        query.put("encrypt_type", "aes");
        query.put("msg_signature", PushSignature.signMessage(TOKEN, Long.toString(timestamp), NONCE, encrypt));
        return PushRequest.of("POST", query, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same request with one query parameter replaced. */
    static PushRequest withParam(PushRequest request, String name, String value) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        query.put(name, value);
        return PushRequest.of(request.method(), query, request.body());
    }

    static PushResponse await(CompletionStage<PushResponse> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no response within 10 s", e);
        }
    }

    /** The reply packet's fields; a safe-mode reply is checked (MsgSignature) and decrypted first. */
    static PushFields replyFields(PushResponse response, PushMode mode) {
        PushFields outer = PushBodies.create().parse(response.body()).fields();
        if (mode != PushMode.SAFE) {
            return outer;
        }
        String encrypt = outer.text("Encrypt").orElseThrow();
        String signature = PushSignature.signMessage(TOKEN, outer.text("TimeStamp").orElseThrow(),
                outer.text("Nonce").orElseThrow(), encrypt);
        if (!PushSignature.matches(signature, outer.text("MsgSignature").orElseThrow())) {
            throw new AssertionError("the reply's MsgSignature does not verify");
        }
        String inner = PushCrypto.create(AES_KEY, APP_ID).decrypt(encrypt);
        return PushBodies.create().parse(inner.getBytes(StandardCharsets.UTF_8)).fields();
    }
}
