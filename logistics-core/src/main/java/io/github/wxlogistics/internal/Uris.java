package io.github.wxlogistics.internal;

import java.net.URI;

/** Joins the configured base URI (with or without a trailing slash or path prefix) and an API path. */
public final class Uris {

    private Uris() {
    }

    /** The base URI's text without a trailing slash, ready for {@link #join(String, String)}. */
    public static String base(URI baseUri) {
        String text = baseUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code base} (from {@link #base(URI)}) followed by a path that starts with {@code /}. */
    public static URI join(String base, String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }
}
