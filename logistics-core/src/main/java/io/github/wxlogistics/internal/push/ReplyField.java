package io.github.wxlogistics.internal.push;

/**
 * One field of a reply packet, in order.
 *
 * @param name   the wire name, such as {@code ResultCode}
 * @param text   the text value, or {@code null} for a number
 * @param number the number value, used when {@code text} is {@code null}
 */
record ReplyField(String name, String text, long number) {

    static ReplyField text(String name, String value) {
        return new ReplyField(name, value == null ? "" : value, 0);
    }

    static ReplyField number(String name, long value) {
        return new ReplyField(name, null, value);
    }
}
