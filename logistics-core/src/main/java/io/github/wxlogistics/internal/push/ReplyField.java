package io.github.wxlogistics.internal.push;

/**
 * One field of a reply packet, in order.
 *
 * @param name   the wire name, such as {@code ResultCode}
 * @param text   the text value, or {@code null} for a number
 * @param number the number value, used when {@code text} is {@code null}
 */
public record ReplyField(String name, String text, long number) {

    /** A text field; {@code null} is written as an empty text. */
    public static ReplyField text(String name, String value) {
        return new ReplyField(name, value == null ? "" : value, 0);
    }

    /** A number field. */
    public static ReplyField number(String name, long value) {
        return new ReplyField(name, null, value);
    }
}
