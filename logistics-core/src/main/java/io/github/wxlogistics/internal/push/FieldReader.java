package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFields;
import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import java.math.BigDecimal;

/**
 * Reads typed values from one object of a push, naming a bad field by its path, such as
 * {@code Actions[1].ActionType}. Numbers are exact: a fraction or an out-of-range value where an
 * integer is expected is refused, never rounded or narrowed. An absent or empty field reads as
 * {@code null} (text, decimal) or 0 (integers).
 */
final class FieldReader {

    /** The widest decimal scale accepted, so a value like {@code 1e999999999} cannot reach users. */
    private static final int MAX_SCALE = 64;

    private final PushFields fields;
    private final String path;

    FieldReader(PushFields fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    static FieldReader root(PushFields fields) {
        return new FieldReader(fields, "");
    }

    PushFields fields() {
        return fields;
    }

    String text(String name) {
        return fields.text(name).orElse(null);
    }

    long longValue(String name) {
        BigDecimal value = decimal(name);
        if (value == null) {
            return 0;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw bad(name, "must be an integer in the range of a 64-bit signed number");
        }
    }

    int intValue(String name) {
        long value = longValue(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw bad(name, "must be an integer in the range of a 32-bit signed number");
        }
        return (int) value;
    }

    BigDecimal decimal(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "is not a number");
        }
        if (Math.abs(value.scale()) > MAX_SCALE || value.precision() > MAX_SCALE) {
            throw bad(name, "is a number out of range");
        }
        return value;
    }

    /** The first object of this name, or {@code null}. */
    FieldReader object(String name) {
        return fields.object(name).map(o -> new FieldReader(o, path + name + ".")).orElse(null);
    }

    /** The {@code index}-th object of this name. */
    FieldReader element(String name, int index) {
        return new FieldReader(fields.objects(name).get(index), path + name + "[" + index + "].");
    }

    private PushRejectedException bad(String name, String rule) {
        return new PushRejectedException(Reason.MALFORMED, path + name + " " + rule);
    }
}
