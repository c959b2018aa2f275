package io.github.wxlogistics.internal.json;

import io.github.wxlogistics.error.DecodeException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a reply's bytes into the text the JSON parser reads: strict UTF-8 (invalid bytes are an
 * error with their offset, not U+FFFD), and raw control characters inside strings escaped, since
 * WeChat has been seen sending them and a JSON parser must refuse them. Nesting is bounded.
 */
final class ReplyText {

    private ReplyText() {
    }

    /**
     * The reply's text, ready to parse, and where escapes were inserted.
     *
     * @param text    the text to parse
     * @param escapes the positions in {@code text} where an inserted six-character unicode escape starts, ascending
     */
    record Prepared(String text, int[] escapes) {

        /** The offset in the original reply's characters of an offset in {@link #text}. */
        long originalOffset(long offset) {
            long shift = 0;
            for (int escape : escapes) {
                if (escape >= offset) {
                    break;
                }
                shift += Math.min(5, offset - escape);   // each escape turns 1 character into 6
            }
            return offset - shift;
        }
    }

    /**
     * The deepest nesting of arrays and objects a reply may have. WeChat's replies nest at most 4
     * levels; 64 leaves room for any future member and stops a hostile reply (the parser's own limit
     * would surface as an unchecked exception, and each level costs stack).
     */
    static final int MAX_DEPTH = 64;

    /** The reply's text, ready to parse. */
    static Prepared of(byte[] body) {
        return escapeControlCharacters(utf8(body));
    }

    private static String utf8(byte[] body) {
        // The JDK's own decoding is the fast path; it replaces malformed input with U+FFFD, so a
        // reply holding U+FFFD (rare: WeChat sends well-formed text) is decoded again strictly to
        // tell a real U+FFFD from a replaced byte and name the offset of the first bad one.
        String text = new String(body, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strictUtf8(body);
    }

    private static String strictUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new DecodeException("body is not valid UTF-8 at byte offset " + in.position(), null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Prepared escapeControlCharacters(String text) {
        int first = firstControlCharacter(text);
        if (first < 0) {
            return new Prepared(text, new int[0]);
        }
        java.util.List<Integer> escapes = new java.util.ArrayList<>();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        boolean inString = false;
        boolean escaping = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c < 0x20) {
                escapes.add(escaped.length());
                escaped.append(String.format("\\u%04x", (int) c));
                escaping = false;
                continue;
            }
            escaped.append(c);
            if (escaping) {
                escaping = false;
            } else if (c == '\\' && inString) {
                escaping = true;
            } else if (c == '"') {
                inString = !inString;
            }
        }
        return new Prepared(escaped.toString(), escapes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The index of the first control character inside a string, or -1. Tab, CR and LF between
     * tokens are legal (pretty-printed replies are full of them) and need no copy of the text.
     * Also refuses nesting deeper than {@link #MAX_DEPTH}, in the same pass.
     */
    private static int firstControlCharacter(String text) {
        boolean inString = false;
        boolean escaping = false;
        int depth = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (inString && first < 0) {
                    first = i;
                }
            } else if (!inString && (c == '[' || c == '{')) {
                if (++depth > MAX_DEPTH) {
                    throw new DecodeException("body nests arrays and objects deeper than " + MAX_DEPTH
                            + " levels (at character offset " + i + ")", null);
                }
            } else if (!inString && (c == ']' || c == '}')) {
                depth--;
            } else if (escaping) {
                escaping = false;
            } else if (c == '\\' && inString) {
                escaping = true;
            } else if (c == '"') {
                inString = !inString;
            }
        }
        return first;
    }
}
