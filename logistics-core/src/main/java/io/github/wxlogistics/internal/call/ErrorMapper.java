package io.github.wxlogistics.internal.call;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.internal.Redaction;
import io.github.wxlogistics.spi.ReplyStatus;
import io.github.wxlogistics.spi.TransportResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one place where replies and failures become the library's exceptions. */
public final class ErrorMapper {

    private ErrorMapper() {
    }

    /** A non-200 reply to a request for {@code path} (no query). */
    public static HttpStatusException status(String operation, String path, TransportResponse response) {
        // An error page may quote the request URL: never let it carry the token on.
        return new HttpStatusException(operation, response.statusCode(), path,
                Redaction.credentialParameters(response.bodyText()));
    }

    /** A 200 reply with a non-zero errcode. */
    public static ApiException api(String operation, ReplyStatus status) {
        // An errmsg may quote the request (access_token=..., secret=...): never carry a credential on.
        String errmsg = Redaction.credentialParameters(status.errmsg());
        if (status.deliveryResultcode() != null) {
            return ApiException.withDeliveryResult(operation, status.code(), errmsg,
                    status.deliveryResultcode(), Redaction.credentialParameters(status.deliveryResultmsg()));
        }
        return ApiException.of(operation, status.code(), errmsg);
    }

    /** A failure from the pipeline, unwrapped and typed. */
    public static LogisticsException failure(String operation, Throwable err) {
        Throwable cause = unwrap(err);
        if (cause instanceof TransportException transport && !transport.getMessage().startsWith(operation)) {
            // An adapter's words name the method and host; say which call it was.
            return transport.withPrefix(operation + ": ");
        }
        if (cause instanceof LogisticsException known) {
            return known;
        }
        if (cause instanceof CancellationException) {
            return TransportException.of(operation + " was cancelled", cause);
        }
        return TransportException.of(operation + " failed: " + cause.getClass().getSimpleName(), cause);
    }

    /** Strips {@link CompletionException} and {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable err) {
        Throwable cause = err;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
