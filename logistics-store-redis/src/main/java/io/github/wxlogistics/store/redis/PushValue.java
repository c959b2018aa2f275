package io.github.wxlogistics.store.redis;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The value of a push key: {@code H<owner>} while claimed, {@code A<reply packet>} once answered. */
final class PushValue {

    private static final byte HELD = 'H';
    private static final byte ANSWERED = 'A';

    private PushValue() {
    }

    static byte[] held(String owner) {
        return tagged(HELD, owner.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] answered(byte[] reply) {
        return tagged(ANSWERED, reply);
    }

    static boolean isHeld(byte[] value) {
        return value != null && value.length > 0 && value[0] == HELD;
    }

    static boolean isAnswered(byte[] value) {
        return value != null && value.length > 0 && value[0] == ANSWERED;
    }

    /** The reply packet of an answered value. */
    static byte[] reply(byte[] answered) {
        return Arrays.copyOfRange(answered, 1, answered.length);
    }

    private static byte[] tagged(byte tag, byte[] body) {
        byte[] out = new byte[body.length + 1];
        out[0] = tag;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }
}
