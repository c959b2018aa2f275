package io.github.wxlogistics.testkit;

import io.github.wxlogistics.testkit.internal.ApiError;
import io.github.wxlogistics.testkit.internal.ErrorEnvelope;
import io.github.wxlogistics.testkit.internal.FakeRoutes;
import io.github.wxlogistics.testkit.internal.Jsons;
import io.github.wxlogistics.testkit.internal.TokenRegistry;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
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

    /** The fake over these routes, checking access tokens against {@code tokens}. */
    public WeChatDispatcher(FakeRoutes routes, TokenRegistry tokens) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
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
        try {
            if (!r.method().equals(request.method())) {
                return json(ErrorEnvelope.error(43002, "require " + r.method() + " method"));
            }
            if (r.needsToken()) {
                int verdict = tokens.check(request.queryParameter("access_token"));
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
            LOG.log(System.Logger.Level.WARNING, "FakeWeChatServer defect serving {0}: {1}", request.operation(), bug.toString());
            return FakeResponse.of(500, "text/plain; charset=UTF-8", ("FakeWeChatServer defect (not a WeChat answer) serving "
                    + request.operation() + ": " + bug.getClass().getName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static FakeResponse json(byte[] body) {
        return FakeResponse.of(200, JSON, body);
    }

    @Override
    public String toString() {
        return "WeChatDispatcher[the stateful WeChat fake]";
    }
}
