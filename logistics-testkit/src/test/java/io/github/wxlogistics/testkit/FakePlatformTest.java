package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake open platform over raw HTTP: the component and authorizer token endpoints with state
 * and WeChat's errcodes, and business calls accepted or refused by authorization and permission set.
 */
class FakePlatformTest {

    private static final String C = "wxcomponent0000001";
    private static final String SECRET = "component-secret-4711";
    private static final String M = "wxmerchant00000001";
    private static final String COMPONENT = "/cgi-bin/component/";

    private final MutableClock clock = MutableClock.startingNow();
    private final FakeWeChatServer server = FakeWeChatServer.builder().clock(clock)
            .openPlatform(C, SECRET, "ComponentPushToken42", PushReceivers.newAesKey()).pushAttempts(1).start();
    private final WeChatCalls calls = new WeChatCalls(server);
    private final FakePlatform open = server.platform();

    @AfterEach
    void close() {
        server.close();
    }

    /** A ticket pushed to a URL nobody serves: issued all the same, read from the recorded plaintext packet. */
    private String ticket() {
        open.eventUrl(URI.create("http://127.0.0.1:9/nobody"));
        RecordedPush push = open.pushTicket();
        assertThat(push.fields()).containsEntry("InfoType", "component_verify_ticket").containsEntry("AppId", C);
        assertThat(push.bodyText()).contains("<AppId><![CDATA[" + C + "]]></AppId>").contains("<Encrypt>")
                .doesNotContain("ticket@@@");
        return push.fields().get("ComponentVerifyTicket");
    }

    private JsonObject raw(String method, String pathAndQuery, String json) {
        return WeChatCalls.parse(calls.send(method, pathAndQuery, json).body());
    }

    private String componentToken(String ticket) {
        JsonObject reply = raw("POST", COMPONENT + "api_component_token", "{\"component_appid\":\"" + C
                + "\",\"component_appsecret\":\"" + SECRET + "\",\"component_verify_ticket\":\"" + ticket + "\"}");
        assertThat(errcode(reply)).as(reply.toString().replace(ticket, "***")).isZero();
        assertThat(reply.getJsonNumber("expires_in").longValue()).isEqualTo(7200);
        return reply.getString("component_access_token");
    }

    private JsonObject queryAuth(String token, String code) {
        return raw("POST", COMPONENT + "api_query_auth?component_access_token=" + token,
                "{\"component_appid\":\"" + C + "\",\"authorization_code\":\"" + code + "\"}");
    }

    private JsonObject authorizerToken(String token, String refresh) {
        return raw("POST", COMPONENT + "api_authorizer_token?component_access_token=" + token, "{\"component_appid\":\""
                + C + "\",\"authorizer_appid\":\"" + M + "\",\"authorizer_refresh_token\":\"" + refresh + "\"}");
    }

    @Test
    void theComponentTokenNeedsTheSecretAndALiveTicket() {
        String ticket = ticket();
        assertThat(errcode(raw("POST", COMPONENT + "api_component_token", "{\"component_appid\":\"" + C
                + "\",\"component_appsecret\":\"wrong\",\"component_verify_ticket\":\"" + ticket + "\"}"))).isEqualTo(40125);
        assertThat(errcode(raw("POST", COMPONENT + "api_component_token", "{\"component_appid\":\"" + C
                + "\",\"component_appsecret\":\"" + SECRET + "\",\"component_verify_ticket\":\"ticket@@@forged\"}")))
                .isEqualTo(61006);
        assertThat(errcode(raw("POST", COMPONENT + "api_component_token", "{\"component_appsecret\":\"" + SECRET + "\"}")))
                .isEqualTo(41018);
        String token = componentToken(ticket);
        assertThat(token).hasSize(128);

        clock.advance(Duration.ofHours(12));
        assertThat(errcode(raw("POST", COMPONENT + "api_component_token", "{\"component_appid\":\"" + C
                + "\",\"component_appsecret\":\"" + SECRET + "\",\"component_verify_ticket\":\"" + ticket + "\"}")))
                .isEqualTo(61005);
        assertThat(open.componentTokenFetches()).isEqualTo(5);
    }

    @Test
    void componentCallsCheckTheComponentToken() {
        String token = componentToken(ticket());
        String body = "{\"component_appid\":\"" + C + "\"}";
        assertThat(raw("POST", COMPONENT + "api_create_preauthcode?component_access_token=" + token, body)
                .getString("pre_auth_code")).startsWith("preauthcode@@@");
        assertThat(errcode(raw("POST", COMPONENT + "api_create_preauthcode", body))).isEqualTo(41001);
        assertThat(errcode(raw("POST", COMPONENT + "api_create_preauthcode?component_access_token=x" + token.substring(1),
                body))).isEqualTo(40001);
        open.expireComponentTokens();
        assertThat(errcode(raw("POST", COMPONENT + "api_create_preauthcode?component_access_token=" + token, body)))
                .isEqualTo(42001);
    }

    @Test
    void anAuthorizationCodeIsRedeemedOnceAndRefreshTokensRotateOnRequest() {
        String token = componentToken(ticket());
        String code = open.authorizeWithoutPush(M, 45, 71);
        JsonObject info = queryAuth(token, code).getJsonObject("authorization_info");
        assertThat(info.getString("authorizer_appid")).isEqualTo(M);
        assertThat(info.getJsonArray("func_info").getValuesAs(JsonObject.class))
                .extracting(f -> f.getJsonObject("funcscope_category").getInt("id")).containsExactly(45, 71);
        String refresh = info.getString("authorizer_refresh_token");
        assertThat(refresh).startsWith("refreshtoken@@@").isEqualTo(open.refreshToken(M).orElseThrow());
        assertThat(errcode(queryAuth(token, code))).isEqualTo(61010);

        assertThat(authorizerToken(token, refresh).getString("authorizer_refresh_token")).isEqualTo(refresh);
        open.rotateRefreshTokens(true);
        String rotated = authorizerToken(token, refresh).getString("authorizer_refresh_token");
        assertThat(rotated).isNotEqualTo(refresh);
        assertThat(errcode(authorizerToken(token, refresh))).isEqualTo(61023);
        assertThat(open.authorizerTokenFetches(M)).isEqualTo(3);

        open.deauthorize(M);
        assertThat(errcode(authorizerToken(token, rotated))).isEqualTo(61003);
        assertThat(open.isAuthorized(M)).isFalse();
        assertThat(open.authorizedMerchants()).isEmpty();
    }

    @Test
    void businessCallsTakeAnAuthorizerTokenByPermissionSetUntilItExpiresOrIsRevoked() {
        String token = componentToken(ticket());
        String code = open.authorizeWithoutPush(M, 45);
        String authorizer = queryAuth(token, code).getJsonObject("authorization_info").getString("authorizer_access_token");
        String q = "?access_token=" + authorizer;

        assertThat(errcode(raw("GET", WeChatCalls.B + "delivery/getall" + q, null))).isZero();
        assertThat(errcode(raw("POST", WeChatCalls.D + "open_msg/get_delivery_list" + q, "{}"))).isZero();
        assertThat(errcode(raw("POST", "/cgi-bin/express/intracity/apply" + q, "{}"))).isEqualTo(61007);
        assertThat(errcode(raw("POST", WeChatCalls.D + "contact/get" + q, "{\"token\":\"t\",\"waybill_id\":\"w\"}")))
                .isEqualTo(48001);
        assertThat(errcode(raw("POST", WeChatCalls.D + "open_msg/open_openmsg" + q, "{}"))).isZero();
        assertThat(errcode(raw("POST", WeChatCalls.D + "open_msg/open_openmsg" + q, "{}"))).isEqualTo(933003);
        open.refuseNextApplication(M, "applyQueryPlugin", 933000);
        assertThat(errcode(raw("POST", WeChatCalls.D + "open_msg/open_query_plugin" + q, "{}"))).isEqualTo(933000);
        assertThat(errcode(raw("POST", WeChatCalls.D + "return/open_return?access_token=" + server.issueToken(), "{}")))
                .isEqualTo(933004);

        open.expireAuthorizerTokens(M);
        assertThat(errcode(raw("GET", WeChatCalls.B + "delivery/getall" + q, null))).isEqualTo(42001);
        open.deauthorize(M);
        assertThat(errcode(raw("GET", WeChatCalls.B + "delivery/getall" + q, null))).isEqualTo(40001);
    }

    @Test
    void theTicketScheduleCanBeSpedUpAndEveryPushIsRecorded() throws Exception {
        open.eventUrl(URI.create("http://127.0.0.1:9/nobody"));
        open.ticketInterval(Duration.ofMillis(50));

        List<RecordedPush> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            seen.add(server.takePush(Duration.ofSeconds(5)).orElseThrow());
        }

        assertThat(seen).extracting(RecordedPush::recipient, RecordedPush::event).containsOnly(
                org.assertj.core.groups.Tuple.tuple(FakePlatform.RECIPIENT, "component_verify_ticket"));
        assertThat(seen.get(0).fields().get("ComponentVerifyTicket")).isNotEqualTo(seen.get(1).fields().get("ComponentVerifyTicket"));
        assertThat(open.toString()).doesNotContain("ticket@@@");
    }

    @Test
    void withoutARegisteredPlatformTheComponentCallsAnswer40013AndPlatformIsRefused() {
        try (FakeWeChatServer plain = FakeWeChatServer.builder().start()) {
            assertThat(errcode(WeChatCalls.parse(new WeChatCalls(plain).send("POST", COMPONENT + "api_component_token", "{}").body()))).isEqualTo(40013);
            assertThatThrownBy(plain::platform).isInstanceOf(IllegalStateException.class).hasMessageContaining("openPlatform(");
        }
    }
}
