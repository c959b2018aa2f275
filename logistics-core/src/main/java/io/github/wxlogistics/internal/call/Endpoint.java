package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.internal.validation.Checks;
import io.github.wxlogistics.internal.validation.RequestRules;
import java.util.Objects;
import java.util.function.Function;

/**
 * One call of the API, as the call layer needs it: its operation name, HTTP method, path, reply
 * type, safety, input rules and how to name one request.
 *
 * @param operation the documented name, such as {@code getOrder}: the one word for a call's identity
 *                  in errors, logs and the fake server's scripting
 * @param method    {@code GET} or {@code POST}
 * @param path      the path below the base URI
 * @param replyType the reply's record type, or {@link Void} for calls that return only a status
 * @param safety    read or write: whether the call may be sent again
 * @param rules     the request type's method of {@link RequestRules}; records every broken rule
 * @param requestId the request's own identity in words ({@code order_id "A-1"}), or {@code null}
 *                  when it has none; said when a write's outcome is unknown, so the caller can check
 * @param requiresApiSecurity whether WeChat refuses the call unless it is encrypted and signed
 *                  (intracity delivery): without {@code ApiSecurity} on the client it fails before sending
 * @param <Q>       the request type ({@link Void} for calls without a body)
 * @param <R>       the reply type
 */
public record Endpoint<Q, R>(String operation, String method, String path, Class<R> replyType, Safety safety,
        Rules<Q> rules, Function<Q, String> requestId, boolean requiresApiSecurity) {

    /** Checks that every argument is present. */
    public Endpoint {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(replyType, "replyType");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** A POST that sends a JSON body. */
    static <Q, R> Endpoint<Q, R> post(String operation, String path, Class<R> replyType, Safety safety, Rules<Q> rules) {
        return new Endpoint<>(operation, "POST", path, replyType, safety, rules, request -> null, false);
    }

    /**
     * A POST whose body is always {@code {}}, whatever the codec: WeChat answers 44002 "empty post
     * data" to a POST without a body (get_delivery_list).
     */
    static <R> Endpoint<Void, R> postEmpty(String operation, String path, Class<R> replyType) {
        return new Endpoint<>(operation, "POST", path, replyType, Safety.READ, (rules, checks, none) -> { },
                request -> null, false);
    }

    /** A GET without a body. */
    static <R> Endpoint<Void, R> get(String operation, String path, Class<R> replyType) {
        return new Endpoint<>(operation, "GET", path, replyType, Safety.READ, (rules, checks, none) -> { },
                request -> null, false);
    }

    /** This endpoint, naming each request by {@code id} (a write's own key, such as its order_id). */
    Endpoint<Q, R> identifiedBy(Function<Q, String> id) {
        return new Endpoint<>(operation, method, path, replyType, safety, rules, id, requiresApiSecurity);
    }

    /** This endpoint as a write: never re-sent once it may have reached WeChat. */
    Endpoint<Q, R> write() {
        return new Endpoint<>(operation, method, path, replyType, Safety.WRITE, rules, requestId, requiresApiSecurity);
    }

    /** This endpoint, refused before sending unless the client has API security configured. */
    Endpoint<Q, R> securedOnly() {
        return new Endpoint<>(operation, method, path, replyType, safety, rules, requestId, true);
    }

    /** Whether the call sends a JSON body. */
    public boolean hasBody() {
        return "POST".equals(method);
    }

    /** Whether the call may be sent again after it may have reached WeChat. */
    public boolean isRead() {
        return safety == Safety.READ;
    }

    /** The request's identity in words, or {@code null}; never throws. */
    String describe(Q request) {
        try {
            return request == null ? null : requestId.apply(request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A request type's input rules.
     *
     * @param <Q> the request type
     */
    @FunctionalInterface
    public interface Rules<Q> {
        /**
         * Records in {@code checks} every rule {@code request} breaks.
         *
         * @param rules   the rules, with their clock
         * @param checks  where violations are recorded
         * @param request the request, possibly {@code null}
         */
        void check(RequestRules rules, Checks checks, Q request);
    }
}
