package io.github.wxlogistics.error;

/** The exchange completed with an HTTP status other than 200. */
public final class HttpStatusException extends LogisticsException {
    private static final long serialVersionUID = 1L;
    static final int EXCERPT_LIMIT = 200;

    private final int statusCode;
    private final String operation;
    private final String bodyExcerpt;

    public HttpStatusException(String operation, int statusCode, String bodyExcerpt) {
        super(operation + " failed with HTTP " + statusCode
                + (bodyExcerpt.isEmpty() ? "" : ": " + excerpt(bodyExcerpt)), null);
        this.operation = operation;
        this.statusCode = statusCode;
        this.bodyExcerpt = excerpt(bodyExcerpt);
    }

    private static String excerpt(String body) {
        return body.length() <= EXCERPT_LIMIT ? body : body.substring(0, EXCERPT_LIMIT) + "...";
    }

    public int statusCode() {
        return statusCode;
    }

    /** The call's name, such as {@code getOrder}. */
    public String operation() {
        return operation;
    }

    /** The first characters of the response body. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /** Whether the status is a server error (5xx), which reads may retry. */
    public boolean isServerError() {
        return statusCode >= 500 && statusCode <= 599;
    }
}
