package io.github.wxlogistics.internal.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ?access_token=...} query of a client's requests, URL-encoded once per token rather than
 * once per attempt: a client sends the same cached token for two hours.
 */
final class TokenQuery {

    private volatile Encoded last = new Encoded("", "?access_token=");

    /** The query for {@code token}, starting with {@code ?}. */
    String of(String token) {
        Encoded known = last;
        if (known.token() == token || known.token().equals(token)) {
            return known.query();
        }
        Encoded fresh = new Encoded(token, "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        last = fresh;
        return fresh.query();
    }

    private record Encoded(String token, String query) {
        @Override
        public String toString() {
            return "Encoded[***]";   // never the token
        }
    }
}
