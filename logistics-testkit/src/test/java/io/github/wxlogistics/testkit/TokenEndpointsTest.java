package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static io.github.wxlogistics.testkit.WeChatCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenEndpointsTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeWeChatServer server = FakeWeChatServer.builder().appId("wxapp").appSecret("s3cret")
            .clock(clock).demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private JsonObject classic(String query) {
        return parse(calls.send("GET", "/cgi-bin/token?" + query, null).body());
    }

    private JsonObject stable(String body) {
        return parse(calls.send("POST", "/cgi-bin/stable_token", body).body());
    }

    private static String stableBody(boolean force) {
        return "{\"grant_type\":\"client_credential\",\"appid\":\"wxapp\",\"secret\":\"s3cret\",\"force_refresh\":"
                + force + "}";
    }

    private int callWith(String token) {
        return errcode(parse(calls.send("GET", B + "account/getall?access_token=" + token, null).body()));
    }

    @Test
    void classicTokenIsIssuedForTheRightCredentials() {
        JsonObject reply = classic("grant_type=client_credential&appid=wxapp&secret=s3cret");

        assertThat(reply.getInt("expires_in")).isEqualTo(7200);
        assertThat(reply.getString("access_token")).matches("[A-Za-z0-9_-]{128}");
        assertThat(callWith(reply.getString("access_token"))).isZero();
    }

    @Test
    void classicEndpointRejectsBadCredentialsWithWeChatsCodes() {
        assertThat(errcode(classic("grant_type=password&appid=wxapp&secret=s3cret"))).isEqualTo(40002);
        assertThat(errcode(classic("appid=wxapp&secret=s3cret"))).isEqualTo(40002);
        assertThat(errcode(classic("grant_type=client_credential&secret=s3cret"))).isEqualTo(41002);
        assertThat(errcode(classic("grant_type=client_credential&appid=wxapp"))).isEqualTo(41004);
        assertThat(errcode(classic("grant_type=client_credential&appid=wxother&secret=s3cret"))).isEqualTo(40013);
        JsonObject badSecret = classic("grant_type=client_credential&appid=wxapp&secret=nope");
        assertThat(errcode(badSecret)).isEqualTo(40125);
        assertThat(badSecret.getString("errmsg")).startsWith("invalid appsecret rid: ");
    }

    @Test
    void tokenEndpointsAnswer43002ToTheWrongMethod() {
        JsonObject classicByPost = parse(calls.send("POST", "/cgi-bin/token?grant_type=client_credential", "{}").body());
        JsonObject stableByGet = parse(calls.send("GET", "/cgi-bin/stable_token", null).body());

        assertThat(errcode(classicByPost)).isEqualTo(43002);
        assertThat(classicByPost.getString("errmsg")).startsWith("require GET method");
        assertThat(errcode(stableByGet)).isEqualTo(43002);
        assertThat(stableByGet.getString("errmsg")).startsWith("require POST method");
    }

    @Test
    void stableEndpointChecksItsBody() {
        assertThat(errcode(stable("grant_type=client_credential"))).isEqualTo(47001);
        assertThat(errcode(stable("[1,2]"))).isEqualTo(47001);
        assertThat(errcode(stable("{\"appid\":\"wxapp\",\"secret\":\"s3cret\"}"))).isEqualTo(40002);
        assertThat(errcode(stable("{\"grant_type\":\"client_credential\",\"secret\":\"s3cret\"}"))).isEqualTo(41002);
        assertThat(errcode(stable("{\"grant_type\":\"client_credential\",\"appid\":\"wxapp\"}"))).isEqualTo(41004);
        assertThat(errcode(stable("{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"s3cret\"}")))
                .isEqualTo(40013);
        assertThat(errcode(stable("{\"grant_type\":\"client_credential\",\"appid\":\"wxapp\",\"secret\":\"x\"}")))
                .isEqualTo(40125);
        assertThat(errcode(stable("{\"grant_type\":\"client_credential\",\"appid\":\"wxapp\",\"secret\":\"s3cret\","
                + "\"force_refresh\":\"yes\"}"))).isEqualTo(47001);
    }

    @Test
    void stableNormalModeReturnsTheSameTokenWithTheRemainingLifetime() {
        JsonObject first = stable(stableBody(false));
        clock.advance(Duration.ofMinutes(10));
        JsonObject second = stable(stableBody(false));

        assertThat(second.getString("access_token")).isEqualTo(first.getString("access_token"));
        assertThat(first.getInt("expires_in")).isEqualTo(7200);
        assertThat(second.getInt("expires_in")).isEqualTo(7200 - 600);
    }

    @Test
    void stableNormalModeRotatesFiveMinutesEarlyAndKeepsTheOldTokenValidUntilItsExpiry() {
        String first = stable(stableBody(false)).getString("access_token");
        clock.advance(Duration.ofSeconds(7200 - 299));
        JsonObject rotated = stable(stableBody(false));

        assertThat(rotated.getString("access_token")).isNotEqualTo(first);
        assertThat(rotated.getInt("expires_in")).isEqualTo(7200);
        assertThat(callWith(first)).isZero();
        clock.advance(Duration.ofSeconds(299));
        assertThat(callWith(first)).isEqualTo(42001);
        assertThat(callWith(rotated.getString("access_token"))).isZero();
    }

    @Test
    void forceRefreshRotatesAndInvalidatesTheOldStableToken() {
        String old = stable(stableBody(false)).getString("access_token");
        String fresh = stable(stableBody(true)).getString("access_token");

        assertThat(fresh).isNotEqualTo(old);
        assertThat(callWith(old)).isEqualTo(40001);
        assertThat(callWith(fresh)).isZero();
        assertThat(stable(stableBody(false)).getString("access_token")).isEqualTo(fresh);
    }

    @Test
    void classicAndStableTokensAreIsolated() {
        String stableToken = stable(stableBody(false)).getString("access_token");
        String classic1 = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");
        String classic2 = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");

        assertThat(classic2).isNotEqualTo(classic1).isNotEqualTo(stableToken);
        assertThat(callWith(stableToken)).isZero();
        assertThat(callWith(classic1)).isZero();
        assertThat(callWith(classic2)).isZero();
        assertThat(stable(stableBody(true)).getString("access_token")).isNotEqualTo(stableToken);
        assertThat(callWith(classic2)).isZero();
    }

    @Test
    void anOlderClassicTokenStaysValidForFiveMinutesAfterANewFetch() {
        String older = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");
        clock.advance(Duration.ofMinutes(30));
        String newer = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");
        clock.advance(Duration.ofMinutes(4));
        assertThat(callWith(older)).isZero();
        clock.advance(Duration.ofMinutes(1));

        assertThat(callWith(older)).isEqualTo(42001);
        assertThat(callWith(newer)).isZero();
    }

    @Test
    void callsCheckTheAccessToken() {
        String valid = server.issueToken();
        String wellFormedUnknown = "A".repeat(128);

        assertThat(errcode(parse(calls.send("GET", B + "account/getall", null).body()))).isEqualTo(41001);
        assertThat(callWith("")).isEqualTo(41001);
        assertThat(callWith("short")).isEqualTo(40014);
        assertThat(callWith("!".repeat(128))).isEqualTo(40014);
        assertThat(callWith(wellFormedUnknown)).isEqualTo(40001);
        assertThat(callWith(valid)).isZero();
        clock.advance(Duration.ofSeconds(7200));
        assertThat(callWith(valid)).isEqualTo(42001);
    }

    @Test
    void errorEnvelopesCarryWeChatsTextAndARid() {
        JsonObject reply = parse(calls.send("GET", B + "account/getall?access_token=" + "A".repeat(128), null).body());

        assertThat(reply.keySet()).containsExactlyInAnyOrder("errcode", "errmsg");
        assertThat(reply.getString("errmsg"))
                .matches("invalid credential, access_token is invalid or not latest rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}");
    }

    @Test
    void expireAllTokensExpiresEveryKind() {
        String direct = server.issueToken();
        String stableToken = stable(stableBody(false)).getString("access_token");
        String classic = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");

        server.expireAllTokens();

        assertThat(callWith(direct)).isEqualTo(42001);
        assertThat(callWith(stableToken)).isEqualTo(42001);
        assertThat(callWith(classic)).isEqualTo(42001);
        String next = stable(stableBody(false)).getString("access_token");
        assertThat(next).isNotEqualTo(stableToken);
        assertThat(callWith(next)).isZero();
    }

    @Test
    void revokeAllTokensInvalidatesEveryKindAndTheNextFetchIssuesANewOne() {
        String direct = server.issueToken();
        String stableToken = stable(stableBody(false)).getString("access_token");
        String classic = classic("grant_type=client_credential&appid=wxapp&secret=s3cret").getString("access_token");

        server.revokeAllTokens();

        assertThat(callWith(direct)).isEqualTo(40001);
        assertThat(callWith(stableToken)).isEqualTo(40001);
        assertThat(callWith(classic)).isEqualTo(40001);
        String next = stable(stableBody(false)).getString("access_token");
        assertThat(next).as("normal mode, not force_refresh").isNotEqualTo(stableToken);
        assertThat(callWith(next)).isZero();
        assertThat(stable(stableBody(false)).getString("access_token")).isEqualTo(next);
    }

    @Test
    void tokenLifetimeIsConfigurable() {
        try (FakeWeChatServer shortLived = FakeWeChatServer.builder().clock(clock)
                .tokenLifetime(Duration.ofSeconds(60)).start()) {
            WeChatCalls c = new WeChatCalls(shortLived);
            JsonObject reply = parse(c.send("POST", "/cgi-bin/stable_token",
                    "{\"grant_type\":\"client_credential\",\"appid\":\"wxtest\",\"secret\":\"test-secret\"}").body());
            assertThat(reply.getInt("expires_in")).isEqualTo(60);
            clock.advance(Duration.ofSeconds(59));
            assertThat(errcode(c.get(B + "account/getall"))).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(errcode(c.get(B + "account/getall"))).isEqualTo(42001);
        }
    }
}
