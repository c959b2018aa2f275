package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.FakeRoutes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as {@link FakeWeChatServer} received it, for assertions on what a client sent
 * and for {@link Dispatcher}s to answer.
 * {@link #toString()} shows neither the query (it carries the access token or app secret) nor
 * the body.
 *
 * @param sequenceNumber 0 for the first request the server received, then 1, 2...
 * @param method         the HTTP method, such as {@code POST}
 * @param path           the decoded path, such as {@code /cgi-bin/express/business/order/get}
 * @param query          decoded query parameters, the first value of each name
 * @param headers        request headers, looked up without regard to case
 * @param body           the body bytes, empty for none
 */
public record RecordedRequest(long sequenceNumber, String method, String path, Map<String, String> query,
        Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies every argument; header names become case-insensitive.
     *
     * @param sequenceNumber 0 for the first request the server received, then 1, 2...
     * @param method the HTTP method, such as {@code POST}
     * @param path the decoded path, such as {@code /cgi-bin/express/business/order/get}
     * @param query decoded query parameters, the first value of each name
     * @param headers request headers, looked up without regard to case
     * @param body the body bytes, empty for none
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> h.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(h);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * A copy of the body bytes.
     *
     * @return the body bytes, empty for none
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * WeChat's name for the call made, such as {@code getOrder} or {@code getStableAccessToken}
     * (the names {@link FakeWeChatServer#operations()} lists), found from the path; empty for a
     * path the fake does not serve.
     *
     * @return the operation name, or empty
     */
    public Optional<String> operation() {
        return FakeRoutes.operationOf(path);
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body decoded as UTF-8
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or empty when the request has no such header
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * A query parameter.
     *
     * @param name the parameter name, such as {@code access_token}
     * @return the value, or empty when the request has no such parameter
     */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedRequest r && sequenceNumber == r.sequenceNumber && method.equals(r.method)
                && path.equals(r.path) && query.equals(r.query) && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequenceNumber, method, path, query, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RecordedRequest[#" + sequenceNumber + " " + method + " " + path
                + operation().map(o -> " (" + o + ")").orElse("") + ", " + body.length + " body bytes]";
    }
}
