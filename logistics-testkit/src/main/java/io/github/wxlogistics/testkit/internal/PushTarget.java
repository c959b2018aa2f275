package io.github.wxlogistics.testkit.internal;

import io.github.wxlogistics.internal.push.PushCrypto;
import io.github.wxlogistics.event.PushMode;
import java.net.URI;
import java.util.Objects;

/**
 * Where and how the fake pushes to one recipient: the push URL, the Token that signs, the crypto
 * of compatible and safe mode ({@code null} in plaintext mode), the format, and the
 * {@code ToUserName} the pushes carry. {@link #toString()} hides the Token and the key.
 *
 * @param url        the push URL
 * @param token      the push Token
 * @param crypto     the message crypto, {@code null} in plaintext mode
 * @param mode       the encryption mode
 * @param json       JSON packets when true, XML otherwise
 * @param toUserName the recipient mini program's original ID (a third-party platform's AppID)
 * @param outerName  the field of a safe-mode body that names the recipient beside {@code Encrypt}:
 *                   {@code ToUserName}, or {@code AppId} for a third-party platform's authorization events
 */
public record PushTarget(URI url, String token, PushCrypto crypto, PushMode mode, boolean json, String toUserName,
        String outerName) {

    /** A target whose safe-mode bodies carry {@code ToUserName}. */
    public PushTarget(URI url, String token, PushCrypto crypto, PushMode mode, boolean json, String toUserName) {
        this(url, token, crypto, mode, json, toUserName, "ToUserName");
    }

    /** Checks the fields: crypto is present exactly when the mode encrypts. */
    public PushTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(toUserName, "toUserName");
        Objects.requireNonNull(outerName, "outerName");
        if ((mode == PushMode.PLAINTEXT) != (crypto == null)) {
            throw new IllegalArgumentException(mode + " mode " + (crypto == null ? "needs" : "takes no") + " crypto");
        }
    }

    @Override
    public String toString() {
        return "PushTarget[" + url + ", " + mode + ", " + (json ? "JSON" : "XML") + ", token=***]";
    }
}
