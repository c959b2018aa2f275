package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.internal.push.PushRejectedException.Reason;

/** The two push formats a mini program can choose; a reply uses the push's. */
enum BodyFormat {
    /** {@code <xml>...</xml>}. */
    XML("text/xml; charset=utf-8"),
    /** A JSON object. */
    JSON("application/json; charset=utf-8");

    private final String contentType;

    BodyFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The Content-Type of a body in this format. */
    public String contentType() {
        return contentType;
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
    public static BodyFormat detect(byte[] body) {
        int i = start(body);
        if (i < body.length && body[i] == '<') {
            return XML;
        }
        if (i < body.length && body[i] == '{') {
            return JSON;
        }
        throw new PushRejectedException(Reason.MALFORMED,
                i == body.length ? "the body is empty" : "the body is neither XML nor a JSON object");
    }
}
