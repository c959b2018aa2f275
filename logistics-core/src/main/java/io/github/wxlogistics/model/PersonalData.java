package io.github.wxlogistics.model;

/**
 * How {@code toString()} shows personal data (names, phone numbers, street addresses), so that an
 * order or event written to a log does not carry them: enough is left to tell records apart. Public
 * for the records of the model's sub-packages ({@code model.intracity}); not meant for other use.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * The first character and a star per other character: {@code 王小蒙} → {@code 王**}.
     *
     * @param value a name, or {@code null}
     * @return the masked name, or {@code null}
     */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(value.codePointCount(first, value.length()));
    }

    /**
     * The first three and last four characters of 11 or more, else stars: {@code 186****0000}.
     *
     * @param value a phone number, or {@code null}
     * @return the masked number, or {@code null}
     */
    public static String phone(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int n = value.length();
        return n >= 11 ? value.substring(0, 3) + "*".repeat(n - 7) + value.substring(n - 4) : "*".repeat(n);
    }

    /**
     * Only its length: {@code ***(15 chars)}.
     *
     * @param value an address, or {@code null}
     * @return the masked address, or {@code null}
     */
    public static String address(String value) {
        return value == null || value.isEmpty() ? value : "***(" + value.codePointCount(0, value.length()) + " chars)";
    }
}
