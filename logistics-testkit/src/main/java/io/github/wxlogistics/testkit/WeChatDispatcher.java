package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.ApiError;
import io.github.wxlogistics.testkit.internal.ErrorEnvelope;
import io.github.wxlogistics.testkit.internal.FakeApiSecurity;
import io.github.wxlogistics.testkit.internal.FakeRoutes;
import io.github.wxlogistics.testkit.internal.OpenPlatformState;
import io.github.wxlogistics.testkit.internal.Jsons;
import io.github.wxlogistics.testkit.internal.TokenRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stateful WeChat fake as a {@link Dispatcher}: routes a request (path, then method, then
 * access token, then body) to the call's handler and answers what WeChat would, changing the
 * state as WeChat would. It always answers with a canned {@link FakeResponse}.
 */
final class WeChatDispatcher implements Dispatcher {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.testkit");

    private static final String JSON = "application/json; encoding=utf-8";

    private final FakeRoutes routes;
    private final TokenRegistry tokens;
    private final FakeApiSecurity security;
    private final OpenPlatformState platform;

    /**
     * The fake over these routes, checking access tokens against {@code tokens}, and enforcing API
     * security on every call but the token endpoints when {@code security} is not {@code null}.
     */
    WeChatDispatcher(FakeRoutes routes, TokenRegistry tokens, FakeApiSecurity security) {
        this(routes, tokens, security, null);
    }

    /** The same, also accepting the authorizer tokens of {@code platform}'s merchants (when not null). */
    WeChatDispatcher(FakeRoutes routes, TokenRegistry tokens, FakeApiSecurity security, OpenPlatformState platform) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.security = security;
        this.platform = platform;
    }

    /**
     * The verdict on a call's access token: the mini program's own tokens first, then an authorizer
     * token of a merchant that authorized the platform (61007 without the call's permission set).
     */
    private int verdict(RecordedRequest request, String operation) {
        String token = request.queryParameter("access_token").orElse(null);
        int own = tokens.check(token);
        if (own != 40001 || platform == null) {
            return own;
        }
        return platform.checkAuthorizerCall(token, operation).orElse(own);
    }

    @Override
    public FakeResponse dispatch(RecordedRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<FakeRoutes.Served> route = routes.find(request.path());
        if (route.isEmpty()) {
            return FakeResponse.of(404, "text/plain; charset=utf-8",
                    "404 page not found".getBytes(StandardCharsets.UTF_8));
        }
        FakeRoutes.Served r = route.get();
        if (security != null && r.needsToken()) {
            return secured(request, r);
        }
        try {
            if (!r.method().equals(request.method())) {
                return json(ErrorEnvelope.error(43002, "require " + r.method() + " method"));
            }
            if (r.needsToken()) {
                int verdict = verdict(request, r.operation());
                if (verdict != 0) {
                    return json(ErrorEnvelope.error(ApiError.of(verdict)));
                }
            }
            if (r.method().equals("POST") && request.body().length == 0) {
                // WeChat's answer to a POST without a body (get_delivery_list sent bare, say).
                return json(ErrorEnvelope.error(44002, "empty post data"));
            }
            JsonObject body = r.method().equals("POST") ? Jsons.parseRequest(request.body()) : JsonValue.EMPTY_JSON_OBJECT;
            return json(Jsons.bytes(r.handler().apply(new FakeRoutes.Call(request.query(), body))));
        } catch (ApiError error) {
            return json(ErrorEnvelope.error(error));
        } catch (RuntimeException bug) {
            // A defect of the fake itself: never passed off as a WeChat answer (errcode -1 would read as
            // "system busy" and be retried); an HTTP 500 in plain words, and a line in the fake's log.
            LOG.log(System.Logger.Level.WARNING, "FakeWeChatServer defect serving {0}: {1}", request.operation().orElse(request.path()), bug.toString());
            return FakeResponse.of(500, "text/plain; charset=UTF-8", ("FakeWeChatServer defect (not a WeChat answer) serving "
                    + request.operation().orElse(request.path()) + ": " + bug.getClass().getName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * A call under API security: opened (refused with a plain 40234 when plain, badly signed, stale or
     * wrongly encrypted), served, and answered sealed, errors included. A sealed call comes as a POST
     * whatever the route's method, its parameters inside the ciphertext.
     */
    private FakeResponse secured(RecordedRequest request, FakeRoutes.Served r) {
        String urlPath = "http://" + request.header("Host").orElse("") + request.path();
        Map<String, String> headers = new java.util.HashMap<>();
        for (String name : List.of("Wechatmp-Appid", "Wechatmp-TimeStamp", "Wechatmp-Signature")) {
            request.header(name).ifPresent(value -> headers.put(name, value));
        }
        byte[] reply;
        try {
            byte[] plain = security.open(urlPath, headers, request.body());
            if (!"POST".equals(request.method())) {
                return json(ErrorEnvelope.error(43002, "require POST method"));
            }
            int verdict = verdict(request, r.operation());
            if (verdict != 0) {
                throw ApiError.of(verdict);
            }
            try {
                reply = Jsons.bytes(r.handler().apply(new FakeRoutes.Call(request.query(), Jsons.parseRequest(plain))));
            } catch (ApiError error) {
                reply = ErrorEnvelope.error(error);
            }
        } catch (ApiError refused) {
            return json(ErrorEnvelope.error(refused));   // refusals of the security layer itself come unsigned
        }
        io.github.wxlogistics.internal.security.SecureChannel.Sealed sealed = security.seal(urlPath, reply);
        return json(sealed.body()).withHeaders(sealed.headers());
    }

    private static FakeResponse json(byte[] body) {
        return FakeResponse.of(200, JSON, body);
    }

    @Override
    public String toString() {
        return "WeChatDispatcher[the stateful WeChat fake]";
    }
}
