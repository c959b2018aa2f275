package io.github.wxlogistics.internal.platform;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.DecodeException;
import io.github.wxlogistics.error.HttpStatusException;
import io.github.wxlogistics.internal.Uris;
import io.github.wxlogistics.internal.call.ErrorMapper;
import io.github.wxlogistics.internal.transport.BoundedExchange;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends the open platform's own calls ({@code /cgi-bin/component/...}): a JSON POST, with the
 * {@code component_access_token} in the query where the call needs it, bounded by the attempt
 * timeout, its reply decoded once and a non-zero errcode turned into an {@link ApiException} whose
 * errmsg is scrubbed of every secret the request carried. Never retried: these calls are rare, and
 * the callers (single-flight token fetches, the authorization flow) fail their own callers.
 */
public final class ComponentApi {

    /** Tokens are used until this long before WeChat's expiry (at most half their lifetime). */
    public static final Duration SAFETY_MARGIN = Duration.ofMinutes(5);

    /** A reply's errcode and errmsg. */
    public interface Status {
        /** The errcode, {@code null} when absent (success). */
        Integer errcode();

        /** The errmsg. */
        String errmsg();
    }

    private final HttpTransport transport;
    private final JsonCodec codec;
    private final String base;
    private final Duration timeout;

    public ComponentApi(HttpTransport transport, JsonCodec codec, URI baseUri, Duration timeout) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.base = Uris.base(Objects.requireNonNull(baseUri, "baseUri"));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * POSTs {@code body} to {@code path} and decodes the reply as {@code type}.
     *
     * @param operation      the call's name in errors, such as {@code api_component_token}
     * @param path           the path, such as {@code /cgi-bin/component/api_component_token}
     * @param componentToken the token for the query, or {@code null} for none
     * @param body           the request record
     * @param type           the reply record
     * @param errcodeOf      the reply's errcode, {@code null} when absent
     * @param errmsgOf       the reply's errmsg
     * @param secrets        values to scrub from an errmsg that echoes them
     */
    public <T> CompletableFuture<T> post(String operation, String path, AccessToken componentToken, Object body,
            Class<T> type, Function<T, Integer> errcodeOf, Function<T, String> errmsgOf, List<String> secrets) {
        String uri = base + path + (componentToken == null ? ""
                : "?component_access_token=" + URLEncoder.encode(componentToken.value(), StandardCharsets.UTF_8));
        CompletableFuture<TransportResponse> sent;
        try {
            sent = BoundedExchange.send(transport, TransportRequest.postJson(URI.create(uri), codec.encode(body), timeout),
                    operation);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.failure(operation, e));   // the codec failed
        }
        return sent.thenApply(response -> {
            if (response.statusCode() != 200) {
                // A token reply may hold a token: never quote the body.
                throw new HttpStatusException(operation, response.statusCode(), path, "");
            }
            T reply;
            try {
                reply = codec.decode(response.body(), type);
            } catch (DecodeException e) {
                throw new DecodeException(operation + " reply is not the JSON object expected", null);
            }
            if (reply == null) {
                throw new DecodeException(operation + " reply is not the JSON object expected", null);
            }
            Integer errcode = errcodeOf.apply(reply);
            if (errcode != null && errcode != 0) {
                String errmsg = errmsgOf.apply(reply);
                for (String secret : secrets) {
                    if (errmsg != null && secret != null && !secret.isEmpty()) {
                        errmsg = errmsg.replace(secret, "***");
                    }
                }
                throw ApiException.of(operation, errcode, errmsg);
            }
            return reply;
        });
    }

    /**
     * A token from a reply: used until {@link #SAFETY_MARGIN} (at most half its lifetime) before
     * WeChat's expiry, counted from when the request was sent.
     *
     * @throws DecodeException naming the member when the token or its lifetime is missing
     */
    public static AccessToken token(String operation, String member, String value, Long expiresIn, Instant sentAt) {
        if (value == null || value.isBlank()) {
            throw new DecodeException(operation + " reply lacks " + member, null);
        }
        if (expiresIn == null || expiresIn < 0) {
            throw new DecodeException(operation + " reply lacks an expires_in of 0 or more seconds, was " + expiresIn, null);
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = SAFETY_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? SAFETY_MARGIN : lifetime.dividedBy(2);
        return new AccessToken(value, sentAt.plus(lifetime).minus(margin));
    }
}
