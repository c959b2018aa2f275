package io.github.wxlogistics.internal.validation;

import io.github.wxlogistics.error.ValidationException;
import java.nio.charset.StandardCharsets;

/** Input rules shared by the endpoint validators. Fields are named as on the wire. */
public final class Checks {

    private Checks() {
    }

    /** The request object itself must be present. */
    public static void present(String what, Object value) {
        if (value == null) {
            throw new ValidationException(what, "is required");
        }
    }

    /** A required text field: not null, not blank. */
    public static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
    }

    /** A required text field with a byte limit in UTF-8. */
    public static void required(String field, String value, int maxBytes) {
        required(field, value);
        maxBytes(field, value, maxBytes);
    }

    /** An optional text field's byte limit in UTF-8; {@code null} passes. */
    public static void maxBytes(String field, String value, int maxBytes) {
        if (value == null) {
            return;
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new ValidationException(field, "must be at most " + maxBytes + " bytes in UTF-8, was " + bytes);
        }
    }

    /** A required non-null value. */
    public static void requiredValue(String field, Object value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
    }

    /** A positive number. */
    public static void positive(String field, long value) {
        if (value <= 0) {
            throw new ValidationException(field, "must be positive, was " + value);
        }
    }
}
