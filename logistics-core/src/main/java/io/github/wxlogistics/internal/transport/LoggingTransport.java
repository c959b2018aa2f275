package io.github.wxlogistics.internal.transport;

import io.github.wxlogistics.internal.Redaction;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Logs every exchange at DEBUG through {@link System.Logger}: method, URI with credentials
 * redacted, status and duration. Bodies are never logged (token requests carry the secret).
 */
public final class LoggingTransport implements HttpTransport {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.http");

    private final HttpTransport delegate;
    private final Clock clock;

    public LoggingTransport(HttpTransport delegate, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            // Nothing to log: no timer, no redaction, no continuation.
            return delegate.send(request);
        }
        Instant start = clock.instant();
        return logged(request, start, delegate.send(request));
    }

    @Override
    public CompletableFuture<TransportResponse> sendBlocking(TransportRequest request) {
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return delegate.sendBlocking(request);
        }
        Instant start = clock.instant();
        return logged(request, start, delegate.sendBlocking(request));
    }

    private CompletableFuture<TransportResponse> logged(TransportRequest request, Instant start,
            CompletableFuture<TransportResponse> sent) {
        sent.whenComplete((response, err) -> {
            long millis = Duration.between(start, clock.instant()).toMillis();
            if (err != null) {
                LOG.log(System.Logger.Level.DEBUG, "{0} {1} failed after {2} ms: {3}", request.method(),
                        request.redactedUri(), String.valueOf(millis), Redaction.credentialParameters(err.toString()));
            } else {
                LOG.log(System.Logger.Level.DEBUG, "{0} {1} -> {2} ({3} bytes) in {4} ms", request.method(),
                        request.redactedUri(), String.valueOf(response.statusCode()),
                        String.valueOf(response.body().length), String.valueOf(millis));
            }
        });
        return sent;
    }

    @Override
    public boolean mayBlockCurrentThread() {
        return delegate.mayBlockCurrentThread();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
