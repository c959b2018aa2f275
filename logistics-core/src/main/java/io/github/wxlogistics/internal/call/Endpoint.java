package io.github.wxlogistics.internal.call;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One call of the API: its name, HTTP method, path, reply type, safety and input checks.
 *
 * @param name         the documented name, such as {@code getOrder}
 * @param method       {@code GET} or {@code POST}
 * @param path         the path below the base URI
 * @param responseType the reply's record type, or {@link Void} for calls that return only a status
 * @param safety       read or write
 * @param validator    throws {@link io.github.wxlogistics.error.ValidationException} for bad input
 * @param <Q>          the request type ({@link Void} for calls without a body)
 * @param <R>          the reply type
 */
public record Endpoint<Q, R>(String name, String method, String path, Class<R> responseType, Safety safety,
        Consumer<Q> validator) {

    /** Checks that every argument is present. */
    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(validator, "validator");
    }

    /** Whether the call sends a JSON body. */
    public boolean hasBody() {
        return "POST".equals(method);
    }
}
