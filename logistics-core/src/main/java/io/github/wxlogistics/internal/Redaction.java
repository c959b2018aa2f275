package io.github.wxlogistics.internal;

import java.util.regex.Pattern;

/** Hides credential values in text that may quote a request URI, such as an error page or a cause's message. */
public final class Redaction {

    private static final Pattern SECRET_PARAM =
            Pattern.compile("((?:access_token|appsecret|secret)=)[^&#\\s\"'<>]*", Pattern.CASE_INSENSITIVE);

    private Redaction() {
    }

    /** The text with the values of {@code access_token}, {@code secret} and {@code appsecret} parameters replaced by {@code ***}. */
    public static String credentialParameters(String text) {
        return text == null ? null : SECRET_PARAM.matcher(text).replaceAll("$1***");
    }
}
