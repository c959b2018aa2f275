package io.github.wxlogistics.event;

/**
 * The message encryption mode set in the mini program's console (消息加密方式).
 *
 * @see <a href="https://developers.weixin.qq.com/miniprogram/dev/framework/server-ability/message-push.html">Message push (消息推送)</a>
 */
public enum PushMode {
    /**
     * 明文模式: the body is plain. Only {@code signature} (Token, timestamp, nonce) is checked,
     * and it does not cover the body: anyone who sees one signed request can replay its query
     * with another body inside the timestamp window. Prefer {@link #SAFE}.
     */
    PLAINTEXT,
    /**
     * 兼容模式: the body carries the plain fields and {@code Encrypt}. The receiver checks
     * {@code signature} and {@code msg_signature}, reads the decrypted message (the plain copy is
     * ignored), and answers in plaintext. Needs the EncodingAESKey.
     */
    COMPATIBLE,
    /**
     * 安全模式: the body carries only {@code Encrypt}. {@code msg_signature} (Token, timestamp,
     * nonce, Encrypt) decides; replies are encrypted. Needs the EncodingAESKey.
     */
    SAFE
}
