package io.github.wxlogistics.platform;

import io.github.wxlogistics.spi.LogisticsListener;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * One merchant's listener: forwards every event to the platform's {@link LogisticsListener} (if
 * any, through its {@link LogisticsListener#forAuthorizer} view), logs each finished call with the merchant's AppID (never a token), and hands it to
 * {@link PlatformListener#onAuthorizerCall} so metrics can be kept per merchant. A few fields, no thread.
 */
final class AuthorizerListener implements LogisticsListener {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.platform");

    private final String appId;
    private final LogisticsListener shared;
    private final PlatformListener platform;

    AuthorizerListener(String appId, LogisticsListener shared, PlatformListener platform) {
        this.appId = appId;
        // The shared listener's view of this merchant (a metrics listener adds the AppID as a tag).
        this.shared = shared == null ? null : Objects.requireNonNull(shared.forAuthorizer(appId),
                () -> shared.getClass().getName() + ".forAuthorizer returned null");
        this.platform = platform;
    }

    @Override
    public void onCallStarted(CallStarted event) {
        if (shared != null) {
            shared.onCallStarted(event);
        }
    }

    @Override
    public void onAttemptFinished(AttemptFinished event) {
        if (shared != null) {
            shared.onAttemptFinished(event);
        }
    }

    @Override
    public void onCallFinished(CallFinished event) {
        if (shared != null) {
            shared.onCallFinished(event);
        }
        if (LOG.isLoggable(Level.DEBUG)) {   // no arguments built on every call when DEBUG is off
            LOG.log(Level.DEBUG, "authorizer {0}: {1} {2} (errcode {3}) in {4} ms after {5} attempt(s)", appId,
                    event.operation(), event.outcome(), Integer.toString(event.errcode()),
                    Long.toString(event.duration().toMillis()), Integer.toString(event.attempts()));
        }
        platform.onAuthorizerCall(appId, event);
    }

    @Override
    public void onTokenFetchStarted(TokenFetchStarted event) {
        if (shared != null) {
            shared.onTokenFetchStarted(event);
        }
    }

    @Override
    public void onTokenFetched(TokenFetched event) {
        if (shared != null) {
            shared.onTokenFetched(event);
        }
    }

    @Override
    public String toString() {
        return "AuthorizerListener[" + appId + "]";
    }
}
