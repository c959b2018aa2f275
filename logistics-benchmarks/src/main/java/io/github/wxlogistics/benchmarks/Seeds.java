package io.github.wxlogistics.benchmarks;

import io.github.wxlogistics.model.GetPathRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed getPath reply (the original document's example, verbatim) and the request the harness sends. */
public final class Seeds {

    /** The number of path items in the seed reply, which every checked call must see. */
    public static final int PATH_ITEMS = 3;

    private Seeds() {
    }

    /**
     * The seed getPath reply.
     *
     * @return a fresh copy of its UTF-8 bytes
     */
    public static byte[] getPathReply() {
        try (InputStream in = Seeds.class.getResourceAsStream("getPath-response.json")) {
            if (in == null) {
                throw new IllegalStateException("getPath-response.json is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The getPath request of the seed document.
     *
     * @return the request
     */
    public static GetPathRequest getPathRequest() {
        return GetPathRequest.builder().orderId("01234567890123456789").openid("OPENID").deliveryId("SF")
                .waybillId("12345678901234567890").build();
    }
}
