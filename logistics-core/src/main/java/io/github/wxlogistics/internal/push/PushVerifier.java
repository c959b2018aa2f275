package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Decides whether a request really comes from WeChat and recovers the push it carries: the
 * timestamp window, {@code signature} (plaintext and compatible mode, URL check),
 * {@code msg_signature} and decryption (compatible and safe mode). Every refusal is a
 * {@link PushRejectedException} whose detail holds no secret.
 */
final class PushVerifier {

    /** What a mismatch usually means; names the setting, never its value. */
    static final String TOKEN_HINT = " (is the push Token here the Token entered with this URL: the message-push"
            + " settings (消息推送) of the mini program's admin console, or a third-party platform's 消息校验Token?"
            + " Otherwise the request did not come from WeChat)";

    private final String token;
    private final PushCrypto crypto;
    private final PushMode mode;
    private final Clock clock;
    private final Duration window;
    private final PushBodies bodies;

    PushVerifier(String token, PushCrypto crypto, PushMode mode, Clock clock, Duration window, PushBodies bodies) {
        this.token = token;
        this.crypto = crypto;
        this.mode = mode;
        this.clock = clock;
        this.window = window;
        this.bodies = bodies;
    }

    /** The {@code echostr} of a URL check whose signature holds. */
    String urlCheck(Map<String, String> query) {
        checkSignature(query, timestamp(query), nonce(query));
        String echo = query.get("echostr");
        if (echo == null) {
            throw new PushRejectedException(Reason.MALFORMED, "a GET without echostr is not a URL check");
        }
        return echo;
    }

    /**
     * The push a POST carries, decrypted if the mode says so.
     *
     * @return the push's fields and the format of the outer body (the reply's format)
     */
    PushBodies.Parsed push(PushRequest request) {
        Map<String, String> query = request.query();
        String timestamp = timestamp(query);
        String nonce = nonce(query);
        if (mode != PushMode.SAFE) {
            // Checked before parsing: an unsigned body is never parsed.
            checkSignature(query, timestamp, nonce);
        }
        PushBodies.Parsed outer = bodies.parse(request.body());
        if (mode == PushMode.PLAINTEXT) {
            return outer;
        }
        String encrypt = outer.fields().text("Encrypt")
                .orElseThrow(() -> new PushRejectedException(Reason.DECRYPTION, "the body has no Encrypt field"));
        String expected = PushSignature.signMessage(token, timestamp, nonce, encrypt);
        if (!PushSignature.matches(expected, query.get("msg_signature"))) {
            throw new PushRejectedException(Reason.SIGNATURE,
                    query.containsKey("msg_signature") ? "msg_signature does not match" + TOKEN_HINT : "msg_signature is missing");
        }
        PushBodies.Parsed inner = bodies.parse(crypto.decrypt(encrypt).getBytes(StandardCharsets.UTF_8));
        return new PushBodies.Parsed(outer.format(), inner.fields(), inner.bytes());
    }

    private void checkSignature(Map<String, String> query, String timestamp, String nonce) {
        if (!PushSignature.matches(PushSignature.sign(token, timestamp, nonce), query.get("signature"))) {
            throw new PushRejectedException(Reason.SIGNATURE,
                    query.containsKey("signature") ? "signature does not match" + TOKEN_HINT : "signature is missing");
        }
    }

    private String timestamp(Map<String, String> query) {
        String text = query.get("timestamp");
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PushRejectedException(Reason.TIMESTAMP,
                    text == null ? "timestamp is missing" : "timestamp is not Unix seconds");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(text));
        if (skew > window.toSeconds()) {
            throw new PushRejectedException(Reason.TIMESTAMP,
                    "timestamp is " + skew + " s away from now, beyond the window of " + window.toSeconds() + " s");
        }
        return text;
    }

    private static String nonce(Map<String, String> query) {
        String nonce = query.get("nonce");
        if (nonce == null) {
            throw new PushRejectedException(Reason.SIGNATURE, "nonce is missing");
        }
        return nonce;
    }
}
