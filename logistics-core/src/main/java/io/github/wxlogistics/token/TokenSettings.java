package io.github.wxlogistics.token;

import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.internal.listener.Listeners;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a fetching token provider needs: credentials, the transport to fetch with, the base URI,
 * a clock, a per-request timeout and the JSON codec that reads the token endpoint's reply (a
 * client built with {@code LogisticsClient.builder()} passes its own codec).
 *
 * @param credentials the app's credentials
 * @param transport   the transport to fetch with; borrowed, never closed by the provider
 * @param baseUri     the API host, {@code https://api.weixin.qq.com} by default
 * @param clock       the clock that decides expiry
 * @param timeout     the longest a token request may take
 * @param codec       encodes the request and decodes the reply; JSON-B (Yasson) by default
 * @param listener    told of every fetch ({@link LogisticsListener#onTokenFetchStarted},
 *                    {@link LogisticsListener#onTokenFetched}); a no-op by default
 */
public record TokenSettings(AppCredentials credentials, HttpTransport transport, URI baseUri, Clock clock,
        Duration timeout, JsonCodec codec, LogisticsListener listener) {

    /** The production API host. */
    public static final URI DEFAULT_BASE_URI = URI.create("https://api.weixin.qq.com");

    /**
     * Checks that every argument is present.
     *
     * @param credentials the app's credentials
     * @param transport the transport to fetch with; borrowed, never closed by the provider
     * @param baseUri the API host, {@code https://api.weixin.qq.com} by default
     * @param clock the clock that decides expiry
     * @param timeout the longest a token request may take
     * @param codec encodes the request and decodes the reply; JSON-B (Yasson) by default
     * @param listener told of every token fetch; none by default
     */
    public TokenSettings {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * Settings without a listener.
     *
     * @param credentials the app's credentials
     * @param transport   the transport to fetch with
     * @param baseUri     the API host
     * @param clock       the clock that decides expiry
     * @param timeout     the longest a token request may take
     * @param codec       encodes the request and decodes the reply
     */
    public TokenSettings(AppCredentials credentials, HttpTransport transport, URI baseUri, Clock clock,
            Duration timeout, JsonCodec codec) {
        this(credentials, transport, baseUri, clock, timeout, codec, Listeners.none());
    }

    /**
     * Settings with the production host, the UTC system clock, a 10 s timeout and the JSON-B codec.
     *
     * @param credentials the app's credentials
     * @param transport the transport to fetch with; borrowed, never closed by the provider
     * @return the settings
     */
    public static TokenSettings of(AppCredentials credentials, HttpTransport transport) {
        return new TokenSettings(credentials, transport, DEFAULT_BASE_URI, Clock.systemUTC(), Duration.ofSeconds(10),
                JsonbCodec.create());
    }

    /**
     * These settings with another base URI.
     *
     * @param value the scheme, host and port to fetch tokens from
     * @return a copy of these settings with {@code baseUri} replaced
     */
    public TokenSettings withBaseUri(URI value) {
        return new TokenSettings(credentials, transport, value, clock, timeout, codec, listener);
    }

    /**
     * These settings with another clock.
     *
     * @param value the clock that decides token expiry
     * @return a copy of these settings with {@code clock} replaced
     */
    public TokenSettings withClock(Clock value) {
        return new TokenSettings(credentials, transport, baseUri, value, timeout, codec, listener);
    }

    /**
     * These settings with another timeout.
     *
     * @param value the longest one token fetch may take
     * @return a copy of these settings with {@code timeout} replaced
     */
    public TokenSettings withTimeout(Duration value) {
        return new TokenSettings(credentials, transport, baseUri, clock, value, codec, listener);
    }

    /**
     * These settings with another JSON codec, such as the client's own.
     *
     * @param value the codec to decode token replies with
     * @return a copy of these settings with {@code codec} replaced
     */
    public TokenSettings withCodec(JsonCodec value) {
        return new TokenSettings(credentials, transport, baseUri, clock, timeout, value, listener);
    }

    /**
     * These settings with this listener (a client built with {@code LogisticsClient.builder()}
     * passes its own listeners). A listener that throws does not break the fetch.
     *
     * @param value the listener
     * @return new settings
     */
    public TokenSettings withListener(LogisticsListener value) {
        return withListeners(List.of(Objects.requireNonNull(value, "listener")));
    }

    /**
     * These settings with these listeners, told in order. Each is guarded on its own: one that
     * throws neither breaks the fetch nor keeps the fetch from the others, and its failure is
     * logged once, under its own class.
     *
     * @param values the listeners; copied
     * @return new settings
     * @throws NullPointerException if {@code values} or an element is null
     */
    public TokenSettings withListeners(List<? extends LogisticsListener> values) {
        return new TokenSettings(credentials, transport, baseUri, clock, timeout, codec,
                Listeners.of(List.<LogisticsListener>copyOf(Objects.requireNonNull(values, "listeners"))));
    }

    URI resolve(String pathAndQuery) {
        return Uris.join(Uris.base(baseUri), pathAndQuery);
    }
}
