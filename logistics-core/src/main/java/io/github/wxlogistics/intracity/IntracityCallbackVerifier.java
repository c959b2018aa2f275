package io.github.wxlogistics.intracity;

import io.github.wxlogistics.model.intracity.IntracityCallback;

/**
 * Decides whether an order-status callback really comes from WeChat.
 *
 * <p>WeChat's pages list a {@code sign} member but do not document how it is computed (the
 * "签名步骤" the addorder page refers to is not published; users report callbacks without it, see
 * the developer-community thread {@code 0000ec7928080855bb20d68326bc00}). The library therefore does
 * not guess: the application supplies the check. Two sound choices:
 * <ul>
 *   <li>confirm by reading back: accept the callback, but act only on the status
 *       {@code intracity_queryorder} returns for its {@code wx_order_id} (the callback is then only
 *       a prompt to look), which {@link #acceptAll()} together with such a handler does;</li>
 *   <li>a shared secret of the application's own in the {@code callback_url} (a long random path
 *       segment or query parameter given at addorder), checked by a verifier here.</li>
 * </ul>
 * There is no default: the receiver's builder requires a verifier, so accepting unverified
 * callbacks is always an explicit choice.
 */
@FunctionalInterface
public interface IntracityCallbackVerifier {

    /**
     * Whether to accept the callback. Throwing is answered with HTTP 500 (WeChat retries).
     *
     * @param callback the parsed callback
     * @param body     the raw body, exactly as received
     * @return {@code true} to hand it to the handler, {@code false} to answer 401
     */
    boolean verify(IntracityCallback callback, byte[] body);

    /**
     * Accepts every well-formed callback: the explicit opt-out, for handlers that act only on what
     * {@code intracity_queryorder} returns, or behind a URL that is itself a secret.
     *
     * @return a verifier that accepts everything
     */
    static IntracityCallbackVerifier acceptAll() {
        return (callback, body) -> true;
    }
}
