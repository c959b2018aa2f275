package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.internal.push.PushRejectedException.Reason;

/** Tells the format of a push body from its first bytes. */
final class BodyFormats {

    private BodyFormats() {
    }

    /** Index of the first byte after any UTF-8 byte-order mark and white space. */
    static int start(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i;
    }

    /**
     * The format of a body, from its first byte that is not white space: {@code <} is XML,
     * <code>{</code> is JSON.
     *
     * @throws PushRejectedException ({@link Reason#MALFORMED}) for anything else, an empty body included
     */
    static PushFormat detect(byte[] body) {
        int i = start(body);
        if (i < body.length && body[i] == '<') {
            return PushFormat.XML;
        }
        if (i < body.length && body[i] == '{') {
            return PushFormat.JSON;
        }
        throw new PushRejectedException(Reason.MALFORMED,
                i == body.length ? "the body is empty" : "the body is neither XML nor a JSON object");
    }
}
