package io.github.wxlogistics.spi;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import io.github.wxlogistics.error.TransportException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Helps adapters honour the failure rules of {@link HttpTransport}: turns whatever a failed
 * exchange threw into a {@link TransportException} whose message names the method and host only
 * (never the path or query, which carry credentials), and whose cause chain shows no credential
 * of the request (causes that do are replaced by redacted copies with the same stack traces).
 * Third-party adapters may use it too.
 */
public final class TransportFailures {

    private static final Set<String> SECRET_PARAMS = Set.of("access_token", "secret", "appsecret");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    private TransportFailures() {
    }

    /**
     * The exception the future completes with when the deadline passed first.
     *
     * @param request the request that timed out
     * @param cause the client's own timeout exception, or {@code null}
     * @return the exception the future completes with when the deadline passed first
     */
    public static TransportException timeout(TransportRequest request, Throwable cause) {
        Objects.requireNonNull(request, "request");
        return TransportException.timeout(describe(request) + " timed out after " + request.timeout().toMillis() + " ms",
                sanitize(cause, request));
    }

    /**
     * The exception the future completes with for a failure thrown or reported by the HTTP client.
     *
     * @param request      the request that failed
     * @param failure      what the client threw or reported; {@link CompletionException} and
     *                     {@link ExecutionException} wrappers are removed
     * @param timeoutCause recognises the client's own timeout exceptions; any
     *                     {@link TimeoutException} in the chain counts as a timeout anyway
     * @return the exception the future completes with for a failure thrown or reported by the HTTP client
     */
    public static TransportException map(TransportRequest request, Throwable failure, Predicate<Throwable> timeoutCause) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(timeoutCause, "timeoutCause");
        Throwable cause = unwrap(failure);
        if (cause instanceof TransportException transportException) {
            return transportException;
        }
        Throwable safeCause = sanitize(cause, request);
        String where = describe(request);
        if (any(cause, t -> t.getClass().getSimpleName().contains("ConnectTimeout"))) {
            return TransportException.notSent(where + " failed: could not connect within the connect timeout;"
                    + NOT_SENT, safeCause, true);
        }
        if (isTimeout(cause, timeoutCause)) {
            return timeout(request, cause);
        }
        if (any(cause, t -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException)) {
            return TransportException.notSent(where + " failed: unknown host " + request.uri().getHost() + ";" + NOT_SENT,
                    safeCause, false);
        }
        if (any(cause, t -> t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof PortUnreachableException)) {
            return TransportException.notSent(where + " failed: connection refused (nothing listens there);" + NOT_SENT,
                    safeCause, false);
        }
        if (any(cause, TransportFailures::isHandshakeFailure)) {
            return TransportException.notSent(where + " failed: TLS handshake failed (is the server plain HTTP, or is"
                    + " its certificate not trusted?);" + NOT_SENT, safeCause, false);
        }
        if (any(cause, TransportFailures::isClosedConnection)) {
            return TransportException.of(where + " failed: the connection was closed or reset before the reply was"
                    + " complete (" + summary(cause, request) + "); the request may have reached the server", safeCause);
        }
        return TransportException.of(where + " failed: " + summary(cause, request), safeCause);
    }

    private static final String NOT_SENT = " the request was not sent, so sending it again is safe";

    private static boolean any(Throwable t, Predicate<Throwable> test) {
        for (Throwable c : chain(t)) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /** A TLS failure before the session was up: the HTTP request is only written after the handshake. */
    private static boolean isHandshakeFailure(Throwable t) {
        if (t instanceof SSLHandshakeException) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof SSLException && (message.contains("handshake") || message.contains("unrecognized ssl message")
                || message.contains("plaintext connection"));
    }

    private static boolean isClosedConnection(Throwable t) {
        String name = t.getClass().getSimpleName();
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof EOFException || t instanceof ClosedChannelException || name.contains("Closed")
                || message.contains("reset") || message.contains("closed") || message.contains("received no bytes")
                || message.contains("eof") || message.contains("end of stream");
    }

    /**
     * The exception for a send on a closed transport.
     *
     * @param request the request that was not sent
     * @return the exception for a send on a closed transport
     */
    public static TransportException closed(TransportRequest request) {
        return TransportException.of(describe(request) + " not sent: the transport is closed", null);
    }

    /**
     * The exception for an exchange still in flight when the transport was closed.
     *
     * @param request the request whose exchange was aborted
     * @return the exception for an exchange still in flight when the transport was closed
     */
    public static TransportException closedInFlight(TransportRequest request) {
        return TransportException.of(describe(request) + " aborted: the transport was closed", null);
    }

    private static String describe(TransportRequest request) {
        URI uri = request.uri();
        return request.method() + " to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The cause's message, or only its class name when the message mentions the request's path or a credential. */
    private static String summary(Throwable cause, TransportRequest request) {
        String message = cause.getMessage();
        String path = request.uri().getRawPath();
        boolean mentionsRequest = message != null
                && ((path != null && path.length() > 1 && message.contains(path)) || contains(message, secretsOf(request)));
        return message == null || mentionsRequest ? cause.getClass().getName() : message;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isTimeout(Throwable t, Predicate<Throwable> timeoutCause) {
        for (Throwable c : chain(t)) {
            if (c instanceof TimeoutException || timeoutCause.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cause itself if no message in its chain shows a credential of the request; otherwise a
     * copy of the chain with those credentials replaced by {@code ***}, stack traces kept.
     *
     * @param cause the failure to sanitize, or {@code null}
     * @param request the request whose credentials must not show
     * @return the cause itself if no message in its chain shows a credential of the request; otherwise a copy
     *     of the chain with those credentials replaced by {@code ***}, stack traces kept
     */
    public static Throwable sanitize(Throwable cause, TransportRequest request) {
        if (cause == null || cause instanceof CancellationException) {
            return cause;
        }
        List<String> secrets = secretsOf(request);
        if (secrets.isEmpty()) {
            return cause;
        }
        boolean reveals = false;
        for (Throwable t : chain(cause)) {
            reveals |= contains(t.toString(), secrets);
        }
        return reveals ? redactedCopy(cause, secrets, Collections.newSetFromMap(new IdentityHashMap<>())) : cause;
    }

    private static Throwable redactedCopy(Throwable t, List<String> secrets, Set<Throwable> seen) {
        seen.add(t);
        Throwable cause = t.getCause() == null || seen.contains(t.getCause()) ? null
                : redactedCopy(t.getCause(), secrets, seen);
        RedactedException copy = new RedactedException(t.getClass().getName() + ": " + redact(t.getMessage(), secrets), cause);
        copy.setStackTrace(t.getStackTrace());
        for (Throwable suppressed : t.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(redactedCopy(suppressed, secrets, seen));
            }
        }
        return copy;
    }

    private static List<String> secretsOf(TransportRequest request) {
        Set<String> secrets = new LinkedHashSet<>();
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && SECRET_PARAMS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
                    String raw = pair.substring(eq + 1);
                    secrets.add(raw);
                    try {
                        secrets.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException malformed) {
                        // the raw form is covered
                    }
                }
            }
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                secrets.add(header.getValue());
            }
        }
        secrets.removeIf(String::isEmpty);
        return new ArrayList<>(secrets);
    }

    private static boolean contains(String text, List<String> secrets) {
        if (text == null) {
            return false;
        }
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    private static String redact(String text, List<String> secrets) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    private static List<Throwable> chain(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>();
        pending.add(t);
        while (!pending.isEmpty()) {
            Throwable current = pending.remove(pending.size() - 1);
            if (current != null && seen.add(current)) {
                chain.add(current);
                pending.add(current.getCause());
                Collections.addAll(pending, current.getSuppressed());
            }
        }
        return chain;
    }

    /** Stands in for an exception whose message showed a credential; its message starts with the original class name. */
    private static final class RedactedException extends Exception {
        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
