package io.github.wxlogistics.spi;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.error.ValidationException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** How a call, an attempt, a token fetch or a push ended, as a {@link LogisticsListener} sees it. */
public enum ListenerOutcome {
    /** Completed: errcode 0 for a call or token fetch, a 200 answer for a push. */
    SUCCESS,
    /** HTTP 200 with an errcode other than 0 ({@link ApiException}). */
    API_ERROR,
    /** A status other than 200 ({@link HttpStatusException}). */
    HTTP_ERROR,
    /** No exchange completed: connect, reset, refused ({@link TransportException}, not a timeout). */
    TRANSPORT_ERROR,
    /** An attempt or call deadline passed ({@link TransportException#isTimeout()}); a push handler was late (503). */
    TIMEOUT,
    /** The reply was not the JSON expected ({@link DecodeException}). */
    DECODE_ERROR,
    /** Refused before sending ({@link ValidationException}). */
    VALIDATION_ERROR,
    /** The caller cancelled the future. */
    CANCELLED,
    /** A push refused before its handler ran: bad signature, timestamp, encryption, size, method or body. */
    REJECTED,
    /** A push handler failed (answered 500). */
    HANDLER_ERROR,
    /** Anything else, such as a bug in a user-supplied port. */
    OTHER;

    /**
     * The outcome a failure stands for, looking through {@link CompletionException} and
     * {@link ExecutionException} wrappers.
     *
     * @param failure what a call, attempt or fetch failed with, or {@code null} for success
     * @return the outcome; {@link #SUCCESS} for {@code null}
     */
    public static ListenerOutcome of(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t == null) {
            return SUCCESS;
        } else if (t instanceof ApiException) {
            return API_ERROR;
        } else if (t instanceof HttpStatusException) {
            return HTTP_ERROR;
        } else if (t instanceof TransportException transport) {
            return transport.isTimeout() ? TIMEOUT : TRANSPORT_ERROR;
        } else if (t instanceof DecodeException) {
            return DECODE_ERROR;
        } else if (t instanceof ValidationException) {
            return VALIDATION_ERROR;
        } else if (t instanceof CancellationException) {
            return CANCELLED;
        }
        return OTHER;
    }

    /**
     * The errcode a failure carries.
     *
     * @param failure a failure, or {@code null}
     * @return the {@link ApiException#errcode()}, or 0 when there is none
     */
    public static int errcodeOf(Throwable failure) {
        return unwrap(failure) instanceof ApiException api ? api.errcode() : 0;
    }

    /**
     * The HTTP status a failure carries.
     *
     * @param failure a failure, or {@code null}
     * @return the {@link HttpStatusException#statusCode()}, 200 for an {@link ApiException} or a
     *     {@link DecodeException} (both read a 200 body), or 0 when no exchange completed
     */
    public static int httpStatusOf(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof HttpStatusException status) {
            return status.statusCode();
        }
        return t instanceof ApiException || t instanceof DecodeException ? 200 : 0;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
