package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.error.ValidationException.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of one request: each check records what it finds and says whether the
 * value passed, so that rules on nested parts can skip a part that is absent. {@link #throwIfAny()}
 * ends the validation with every violation at once. Fields are named as on the wire. Not
 * thread-safe: one per validation.
 */
public final class Checks {

    /**
     * The cap on identifiers WeChat documents no length for ({@code delivery_id}, {@code biz_id},
     * {@code waybill_id}, {@code openid}, {@code wx_appid}, the order {@code token},
     * {@code shop_app_id}...): 128 bytes in UTF-8. Real values are at most 32 characters (AppIDs 18,
     * openids 28, waybill IDs up to about 20); 128 leaves four times that and still stops a runaway
     * value (a whole document pasted into an ID) before WeChat answers 9300526 or truncates it. The
     * same cap applies to the IDs a courier puts in its push replies.
     */
    public static final int ID_MAX_BYTES = 128;

    private final List<Violation> violations = new ArrayList<>(2);

    /** Records a broken rule. */
    public void add(String field, String rule) {
        violations.add(new Violation(field, rule));
    }

    /** Whether nothing was recorded so far. */
    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Throws a {@link ValidationException} listing every broken rule, if any was recorded. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** A required non-null value; false (and recorded) when absent. */
    public boolean requiredValue(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** A required text field: not null, not blank. */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** A required text field with a byte limit in UTF-8. */
    public boolean required(String field, String value, int maxBytes) {
        return required(field, value) && maxBytes(field, value, maxBytes);
    }

    /** A required identifier: not blank, at most {@link #ID_MAX_BYTES} bytes. */
    public boolean id(String field, String value) {
        return required(field, value, ID_MAX_BYTES);
    }

    /** An optional identifier: {@code null} passes, else at most {@link #ID_MAX_BYTES} bytes. */
    public boolean optionalId(String field, String value) {
        return maxBytes(field, value, ID_MAX_BYTES);
    }

    /** An optional text field's byte limit in UTF-8; {@code null} passes. */
    public boolean maxBytes(String field, String value, int maxBytes) {
        if (value == null) {
            return true;
        }
        int bytes = utf8Length(value);
        if (bytes > maxBytes) {
            add(field, "must be at most " + maxBytes + " bytes in UTF-8, was " + bytes);
            return false;
        }
        return true;
    }

    /** A positive number. */
    public boolean positive(String field, long value) {
        if (value <= 0) {
            add(field, "must be positive, was " + value);
            return false;
        }
        return true;
    }

    /** The UTF-8 length of well-formed text, without building the bytes. */
    public static int utf8Length(String value) {
        int bytes = value.length();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;   // a surrogate pair is 4 bytes for 2 chars
            }
        }
        return bytes;
    }
}
