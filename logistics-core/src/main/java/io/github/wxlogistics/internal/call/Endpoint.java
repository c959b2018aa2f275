package io.github.wxlogistics.internal.call;

import java.util.Objects;
import io.github.wxlogistics.internal.validation.RequestRules;
import java.util.function.BiConsumer;

/**
 * One call of the API, as the call layer needs it: its operation name, HTTP method, path, reply
 * type, safety and input rules.
 *
 * @param operation the documented name, such as {@code getOrder}: the one word for a call's identity
 *                  in errors, logs and the fake server's scripting
 * @param method    {@code GET} or {@code POST}
 * @param path      the path below the base URI
 * @param replyType the reply's record type, or {@link Void} for calls that return only a status
 * @param safety    read or write: whether the call may be sent again
 * @param rules     the request type's method of {@link RequestRules}; throws
 *                  {@link io.github.wxlogistics.error.ValidationException} for bad input
 * @param <Q>       the request type ({@link Void} for calls without a body)
 * @param <R>       the reply type
 */
public record Endpoint<Q, R>(String operation, String method, String path, Class<R> replyType, Safety safety,
        BiConsumer<RequestRules, Q> rules) {

    /** Checks that every argument is present. */
    public Endpoint {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(replyType, "replyType");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(rules, "rules");
    }

    /** A POST that sends a JSON body. */
    static <Q, R> Endpoint<Q, R> post(String operation, String path, Class<R> replyType, Safety safety,
            BiConsumer<RequestRules, Q> rules) {
        return new Endpoint<>(operation, "POST", path, replyType, safety, rules);
    }

    /** A GET without a body. */
    static <R> Endpoint<Void, R> get(String operation, String path, Class<R> replyType) {
        return new Endpoint<>(operation, "GET", path, replyType, Safety.READ, (rules, none) -> { });
    }

    /** Whether the call sends a JSON body. */
    public boolean hasBody() {
        return "POST".equals(method);
    }

    /** Whether the call may be sent again after it may have reached WeChat. */
    public boolean isRead() {
        return safety == Safety.READ;
    }
}
