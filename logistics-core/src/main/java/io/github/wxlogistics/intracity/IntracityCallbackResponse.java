package io.github.wxlogistics.intracity;

import java.util.Objects;

/**
 * What to answer one callback request: the HTTP status, Content-Type and body. Adapters copy it
 * to their framework's response.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type of {@code body}
 * @param body        the body, possibly empty; not copied, do not change it
 */
public record IntracityCallbackResponse(int status, String contentType, byte[] body) {

    /**
     * Checks that every argument is present.
     *
     * @param status      the HTTP status
     * @param contentType the Content-Type of {@code body}
     * @param body        the body
     */
    public IntracityCallbackResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntracityCallbackResponse r && r.status == status && r.contentType.equals(contentType)
                && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * Integer.hashCode(status) + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "IntracityCallbackResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
