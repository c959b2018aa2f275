package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** {@code GET /cgi-bin/token} and {@code POST /cgi-bin/stable_token}. */
public final class TokenCalls {

    private final TokenRegistry tokens;
    private final String appId;
    private final byte[] appSecret;

    /** Endpoints that issue tokens of {@code tokens} to the app with this id and secret. */
    public TokenCalls(TokenRegistry tokens, String appId, String appSecret) {
        this.tokens = tokens;
        this.appId = appId;
        this.appSecret = appSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The classic endpoint: query {@code grant_type}, {@code appid}, {@code secret}. */
    public JsonObject classic(Map<String, String> query) {
        checkCredentials(query.get("grant_type"), query.get("appid"), query.get("secret"));
        return reply(tokens.issueClassic());
    }

    /** The stable endpoint: JSON body with {@code force_refresh} besides the credentials. */
    public JsonObject stable(JsonObject body) {
        checkCredentials(Jsons.optString(body, "grant_type"), Jsons.optString(body, "appid"),
                Jsons.optString(body, "secret"));
        return reply(tokens.stable(Jsons.optBoolean(body, "force_refresh")));
    }

    private void checkCredentials(String grantType, String appid, String secret) {
        if (!"client_credential".equals(grantType)) {
            throw ApiError.of(40002);
        }
        if (appid == null || appid.isEmpty()) {
            throw ApiError.of(41002);
        }
        if (secret == null || secret.isEmpty()) {
            throw ApiError.of(41004);
        }
        if (!appid.equals(appId)) {
            throw ApiError.of(40013);
        }
        if (!MessageDigest.isEqual(appSecret, secret.getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.of(40125);
        }
    }

    private static JsonObject reply(TokenRegistry.Issued issued) {
        return Jsons.object().add("access_token", issued.value()).add("expires_in", issued.expiresIn()).build();
    }
}
