package io.github.wxlogistics.testkit.contract;

import java.util.List;
import java.util.Map;

/**
 * What the contract suite's loopback server saw of one request.
 *
 * @param method   the request method
 * @param rawPath  the path as it came over the wire, percent-encoding kept
 * @param rawQuery the query as it came over the wire, or {@code null} for none
 * @param headers  the request headers, names in lower case
 * @param body     the body bytes, empty for none
 */
record CapturedExchange(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body) {

    /** All values of a header, empty if absent. */
    List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
