package io.github.wxlogistics.testkit.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Seeded mutations of a JSON reply for {@link ReplyFuzzContract}. */
final class Mutations {

    private static final String[] TOKENS = {"[", "]", "{", "}", "\"", ",", ":", "-", "0.5", "1e400", "4294967296",
            "9223372036854775808", "-2147483649", "null", "true", "\"7\"", "[{}]", "\\u0000", "\\", "\u0008", "\n",
            "{\"a\":[", "中"};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};

    private Mutations() {
    }

    /** One random mutation of {@code reply}. */
    static byte[] mutate(byte[] reply, Random random) {
        if (reply.length == 0) {
            return token(random);
        }
        int at = random.nextInt(reply.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(reply.length + 32);
        switch (random.nextInt(9)) {
            case 0 -> {   // flip one byte
                byte[] copy = reply.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1 -> {   // cut a range
                int end = Math.min(reply.length, at + 1 + random.nextInt(16));
                out.write(reply, 0, at);
                out.write(reply, end, reply.length - end);
            }
            case 2 -> {   // double a range
                int end = Math.min(reply.length, at + 1 + random.nextInt(32));
                out.write(reply, 0, end);
                out.write(reply, at, reply.length - at);
            }
            case 3 -> {   // insert a JSON token
                out.write(reply, 0, at);
                out.writeBytes(token(random));
                out.write(reply, at, reply.length - at);
            }
            case 4 -> {   // insert invalid UTF-8
                out.write(reply, 0, at);
                out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                out.write(reply, at, reply.length - at);
            }
            case 5 -> {   // replace the first number after a random point with an extreme one
                return replaceNumber(reply, at, random);
            }
            case 6 -> {   // turn the first text member after a random point into a number
                return textToNumber(reply, at, random);
            }
            case 7 -> {   // nest a value a thousand levels deep (or a hundred thousand)
                return deepNesting(reply, at, random);
            }
            default -> {  // truncate then close as if complete
                out.write(reply, 0, at);
                out.writeBytes("}".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    private static byte[] token(Random random) {
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] textToNumber(byte[] reply, int from, Random random) {
        String text = new String(reply, StandardCharsets.UTF_8);
        int colon = text.indexOf(":\"", Math.min(from, text.length()));
        if (colon < 0) {
            return reply.clone();
        }
        int end = text.indexOf('"', colon + 2);
        if (end < 0) {
            return reply.clone();
        }
        String[] numbers = {"1e18", "1E2", "-0", "0.0000001", "123", "1.50"};
        return (text.substring(0, colon + 1) + numbers[random.nextInt(numbers.length)] + text.substring(end + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepNesting(byte[] reply, int from, Random random) {
        String text = new String(reply, StandardCharsets.UTF_8);
        int colon = text.indexOf(':', Math.min(from, text.length()));
        if (colon < 0) {
            return reply.clone();
        }
        int depth = random.nextInt(10) == 0 ? 100_000 : 1_000;
        String[] open = random.nextBoolean() ? new String[] {"[", "]"} : new String[] {"{\"a\":", "}"};
        return (text.substring(0, colon + 1) + open[0].repeat(depth) + "1" + open[1].repeat(depth) + ","
                + text.substring(colon + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceNumber(byte[] reply, int from, Random random) {
        int start = -1;
        for (int i = from; i < reply.length; i++) {
            if (reply[i] >= '0' && reply[i] <= '9' && (i == 0 || reply[i - 1] == ':' || reply[i - 1] == '[' || reply[i - 1] == ',')) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return reply.clone();
        }
        int end = start;
        while (end < reply.length && (Character.isDigit(reply[end]) || reply[end] == '.' || reply[end] == '-')) {
            end++;
        }
        String[] extremes = {"4294967299", "2147483648", "0.5", "12.5", "1e400", "-1", "9223372036854775808", "1E2"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(reply.length + 16);
        out.write(reply, 0, start);
        out.writeBytes(extremes[random.nextInt(extremes.length)].getBytes(StandardCharsets.US_ASCII));
        out.write(reply, end, reply.length - end);
        return out.toByteArray();
    }
}
