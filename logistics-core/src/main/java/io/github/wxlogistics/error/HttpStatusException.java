package io.github.wxlogistics.error;

import java.util.Objects;

/** The exchange completed with an HTTP status other than 200. */
public final class HttpStatusException extends LogisticsException {
    private static final long serialVersionUID = 1L;
    static final int EXCERPT_LIMIT = 200;


    /** The HTTP status. */
    private final int statusCode;
    /** The call's name. */
    private final String operation;
    /** The body's first 200 characters, free of credentials. */
    private final String bodyExcerpt;

    /**
     * An exception for a reply with this status.
     *
     * @param operation   the call's name
     * @param statusCode  the HTTP status
     * @param body        the reply body, already free of credentials; only its first 200 characters are kept
     */
    public HttpStatusException(String operation, int statusCode, String body) {
        this(operation, statusCode, null, body);
    }

    /**
     * An exception for a reply with this status, naming the path that answered it.
     *
     * @param operation   the call's name
     * @param statusCode  the HTTP status
     * @param path        the request's path without its query (which holds the token), or {@code null}
     * @param body        the reply body, already free of credentials; only its first 200 characters are kept
     */
    public HttpStatusException(String operation, int statusCode, String path, String body) {
        super(Objects.requireNonNull(operation, "operation") + " failed with HTTP " + statusCode
                + (path == null ? "" : " for " + path)
                + (Objects.requireNonNull(body, "body").isEmpty() ? "" : ": " + excerpt(body)), null);
        this.operation = operation;
        this.statusCode = statusCode;
        this.bodyExcerpt = excerpt(body);
    }

    private static String excerpt(String body) {
        return body.length() <= EXCERPT_LIMIT ? body : body.substring(0, EXCERPT_LIMIT) + "...";
    }

    /**
     * The HTTP status.
     *
     * @return the HTTP status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The call's name, such as {@code getOrder}.
     *
     * @return the call's name, such as {@code getOrder}
     */
    public String operation() {
        return operation;
    }

    /**
     * The first characters of the response body.
     *
     * @return the first characters of the response body
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * Whether the status is a server error (5xx), which reads may retry.
     *
     * @return whether the status is a server error (5xx), which reads may retry
     */
    public boolean isServerError() {
        return statusCode >= 500 && statusCode <= 599;
    }
}
