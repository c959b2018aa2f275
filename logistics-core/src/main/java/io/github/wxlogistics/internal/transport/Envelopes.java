package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.internal.call.ApiStatus;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportResponse;

/** Reads the errcode of an HTTP 200 reply without failing on bodies that are not JSON. */
final class Envelopes {

    private Envelopes() {
    }

    /** The errcode of a 200 reply, 0 when absent, or {@code null} when the reply is not a JSON status. */
    static Integer errcode(JsonCodec codec, TransportResponse response) {
        if (response.statusCode() != 200) {
            return null;
        }
        try {
            return codec.decode(response.body(), ApiStatus.class).code();
        } catch (DecodeException e) {
            return null;
        }
    }
}
