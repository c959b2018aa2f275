package io.github.wxlogistics.event;

/**
 * The data format of pushes (数据格式), chosen with the push URL in the mini program's console;
 * a reply packet uses the push's format.
 */
public enum PushFormat {
    /** {@code <xml>...</xml>}, texts in CDATA. */
    XML("text/xml; charset=utf-8"),
    /** A JSON object. */
    JSON("application/json; charset=utf-8");

    private final String contentType;

    PushFormat(String contentType) {
        this.contentType = contentType;
    }

    /**
     * The Content-Type of a body in this format.
     *
     * @return the Content-Type, with {@code charset=utf-8}
     */
    public String contentType() {
        return contentType;
    }
}
