package io.github.wxlogistics.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.spi.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official guide's worked example byte for byte (see src/test/resources/api-security/README.md),
 * and a round trip with keys made here.
 */
class SecureChannelTest {

    private static final String APP_ID = "wxba6223c06417af7b";
    private static final String URL = "https://api.weixin.qq.com/wxa/getuserriskrank";
    private static final String SYM_KEY = "otUpngOjU+nVQaWJIC3D/yMLV17RKaP6t4Ot9tbnzLY=";
    private static final String SYM_SN = "fa05fe1e5bcc79b81ad5ad4b58acf787";
    private static final String APP_KEY_SN = "97845f6ed842ea860df6fdf65941ff56";
    private static final String CERT_SN = "79ba700ea147819f640941bceb38b1d1";
    private static final long REQUEST_TS = 1635927954L;
    private static final long REPLY_TS = 1635927956L;
    private static final String REQUEST_JSON = "{\"appid\":\"wxba6223c06417af7b\",\"openid\":\"oEWzBfmdLqhFS2mTXCo2E4Y9gJAM\","
            + "\"scene\":0,\"client_ip\":\"127.0.0.1\"}";
    private static final String REQUEST_ENVELOPE = "{\"iv\":\"fmW/zNxXlytUZBgj\",\"data\":\"0IDVdrPtSPF/Oe2CTXCV2vVNPbVJdJlP2WaTMQ"
            + "noYLh5iCrrSNfQFh25EnStDMf0hLlVNBCZQtf9NaV0m4aRA4AAYIO7oR/Ge+4yY4EmZp5EVPB42xjScgMx5X3D4VdLCfynXIUKUtZHZvk1zmLV"
            + "E3RauzJgiM1BB1CPmwcENo3MTJ0z8Vfkf5tMv54kOXobDLlV5rfqKdAX7gM/rP82DgZdt9vvZX44ipdbHIjJvw83ZXAFtvftdVw2Qd8=\","
            + "\"authtag\":\"5qeM/2vZv+6KtScN94IpMg==\"}";
    private static final String REQUEST_SIGNATURE = "wcSSWHZunjz9VKl9q+If9deiyECXDAELfAJNZ4+5T+NhFr8zfhkwdQtlgQ7nN5xs99R57La9Uj"
            + "BTRBGge2KYyshWtw7HIMPAqWNsnpHvx0b2f7s6Bt7OpfOQLlIfNgepgTVmUwrqW8/7A12szj7tCe/bRFilwnaX6N0w4duHlfL7ic7IIZXouvy9dLRA"
            + "a5GtEk1eD/LPWRiKh0SvJ3znPY/pSiQW9zSkXVdj9UGGM8qcKLzPGJ7gSmt3ZOPkFapk9wqFmhJwQj//xN5+hUlr2UiNPMNSHve5Y2ADLsNHqk5t7R"
            + "fAZ8nW9/8lzhVt4t+toy1FeehxCGIC8qgmjIl1hg==";
    private static final String REPLY_ENVELOPE = "{\"iv\":\"r2WDQt56rEAmMuoR\",\"data\":\"HExs66Ik3el+iM4IpeQ7SMEN934FRLFYOd3Emea"
            + "IrpP4EPTHckoco6O+PaoRZRa3lqaPRZT7r52f7LUok6gLxc6cdR8C4vpIIfh4xfLC4L7FNy9GbuMK1hcoi8b7gkWJcwZMkuCFNEDmqn3T49oWzAQOrY"
            + "4LZnnnykv6oUJotdAsnKvmoJkLK7hRh7M2B1d2UnTnRuoIyarXc5Iojwoghx4BOvnV\",\"authtag\":\"z2BFD8QctKXTuBlhICGOjQ==\"}";
    private static final String REPLY_SIGNATURE = "Ht0VfQkkEweJ4hU266C14Aj64H9AXfkwNi5zxUZETCvR2svU1ZYdosDhFX/voLj1TyszqKsVxAlENG"
            + "t7PPZZ8RQX7jnA4SKhiPUhW4LTbyTenisHJ+ohSfDjYnXavjQsBHspFS+BlPHuSSJ2xyQzw1+HuC6nid09ZL4FnGSYo4OI5MJrSb9xLzIVZMIDuUQchG"
            + "Ki/KaB1KzxECLEZcfjqbAgmxC7qOmuBLyO1WkHYDM95NJrHJWba5xv4wrwPru9yYTJSNRnlM+zrW5w9pOubC4Jtj3szTAEuOz9AcqUmgaAvMLNAIa8h"
            + "fODLRe3n/cu4SgYlN/ZkNRU4QXVNbPGMg==";
    private static final String REPLY_PLAINTEXT = "{\"_n\":\"ShYZpqdVgY+yQVAxNSWhYg\",\"_appid\":\"wxba6223c06417af7b\","
            + "\"_timestamp\":1635927956,\"errcode\":0,\"errmsg\":\"getuserriskrank succ\",\"risk_rank\":0,\"unoin_id\":2258658297}";

    private static String resource(String name) {
        try (InputStream in = SecureChannelTest.class.getResourceAsStream("/api-security/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiSecurity guide(long now) {
        return ApiSecurity.builder().appId(APP_ID).symmetricKey(SYM_KEY, SYM_SN)
                .privateKey(resource("app-private-key.pem"), APP_KEY_SN)
                .platformCertificate(resource("platform-certificate.pem"), CERT_SN)
                .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build();
    }

    private static TransportResponse reply(String body, String timestamp, String serial, String signature) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Wechatmp-Appid", List.of(APP_ID));
        headers.put("Wechatmp-TimeStamp", List.of(timestamp));
        headers.put("Wechatmp-Serial", List.of(serial));
        headers.put("Wechatmp-Signature", List.of(signature));
        return new TransportResponse(200, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theGuidesRequestIsReproducedByteForByte() {
        SecureChannel channel = SecureChannel.of(guide(REQUEST_TS));
        SecureChannel.Sealed sealed = channel.seal(URL, REQUEST_JSON.getBytes(StandardCharsets.UTF_8), REQUEST_TS,
                Base64.getDecoder().decode("fmW/zNxXlytUZBgj"), "o89QaPVsRu1yppIZzvSZc4");

        assertThat(new String(sealed.body(), StandardCharsets.UTF_8)).isEqualTo(REQUEST_ENVELOPE);
        assertThat(sealed.headers()).containsEntry("Wechatmp-Appid", APP_ID).containsEntry("Wechatmp-TimeStamp", "1635927954");
    }

    @Test
    void theGuidesRequestSignatureVerifiesOverOurSignedStringAndOursVerifiesToo() throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) guide(REQUEST_TS).privateKey();
        var publicKey = java.security.KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        byte[] signed = (URL + "\n" + APP_ID + "\n" + REQUEST_TS + "\n" + REQUEST_ENVELOPE).getBytes(StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        verifier.initVerify(publicKey);
        verifier.update(signed);
        assertThat(verifier.verify(Base64.getDecoder().decode(REQUEST_SIGNATURE))).as("the guide's signature").isTrue();

        SecureChannel.Sealed ours = SecureChannel.of(guide(REQUEST_TS)).seal(URL, REQUEST_JSON.getBytes(StandardCharsets.UTF_8),
                REQUEST_TS, Base64.getDecoder().decode("fmW/zNxXlytUZBgj"), "o89QaPVsRu1yppIZzvSZc4");
        verifier.initVerify(publicKey);
        verifier.update(signed);
        assertThat(verifier.verify(Base64.getDecoder().decode(ours.headers().get("Wechatmp-Signature")))).as("ours").isTrue();
    }

    @Test
    void theGuidesReplyVerifiesAndDecrypts() {
        byte[] plain = SecureChannel.of(guide(REPLY_TS + 10)).open("getUserRiskRank", URL,
                reply(REPLY_ENVELOPE, "1635927956", CERT_SN, REPLY_SIGNATURE));
        assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(REPLY_PLAINTEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "authtag", "signature", "timestamp", "iv"})
    void aReplyWithOneFlippedByteIsRefusedBeforeDecoding(String where) {
        String body = REPLY_ENVELOPE;
        String signature = REPLY_SIGNATURE;
        String timestamp = "1635927956";
        switch (where) {
            case "data" -> body = body.replace("HExs66Ik", "HExs67Ik");
            case "authtag" -> body = body.replace("z2BFD8Qc", "z2BFD9Qc");
            case "iv" -> body = body.replace("r2WDQt56", "r2WDQt57");
            case "signature" -> signature = signature.replace("Ht0VfQkk", "Ht0VfQkl");
            default -> timestamp = "1635927957";
        }
        String finalBody = body;
        String finalSignature = signature;
        String finalTimestamp = timestamp;
        assertThatThrownBy(() -> SecureChannel.of(guide(REPLY_TS)).open("getUserRiskRank", URL,
                reply(finalBody, finalTimestamp, CERT_SN, finalSignature)))
                .isInstanceOfSatisfying(ApiSecurityException.class, e -> {
                    assertThat(e.isNotSent()).isFalse();
                    assertThat(e.getMessage()).startsWith("getUserRiskRank reply refused by API security: ")
                            .contains("signature does not verify").doesNotContain(SYM_KEY).doesNotContain("risk_rank");
                });
    }

    @Test
    void aStaleUnsignedOrUnknownlySignedReplyIsRefusedAndSaysWhy() {
        assertThatThrownBy(() -> SecureChannel.of(guide(REPLY_TS + 301)).open("getUserRiskRank", URL,
                reply(REPLY_ENVELOPE, "1635927956", CERT_SN, REPLY_SIGNATURE)))
                .isInstanceOf(ApiSecurityException.class).hasMessageContaining("301 s old, more than 300 s");
        assertThatThrownBy(() -> SecureChannel.of(guide(REPLY_TS)).open("getUserRiskRank", URL,
                reply(REPLY_ENVELOPE, "1635927956", "rotated-sn", REPLY_SIGNATURE)))
                .isInstanceOf(ApiSecurityException.class).hasMessageContaining("platform certificate rotated-sn, which is not configured");
        assertThatThrownBy(() -> SecureChannel.of(guide(REPLY_TS)).open("getUserRiskRank", URL,
                TransportResponse.of(200, "{\"errcode\":0,\"risk_rank\":0}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ApiSecurityException.class).hasMessageContaining("the reply is not signed");
    }

    @Test
    void aRoundTripWithKeysMadeHereAndTheKeysNeverShow() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair app = generator.generateKeyPair();
        KeyPair platform = generator.generateKeyPair();
        byte[] symmetric = new byte[32];
        new java.security.SecureRandom().nextBytes(symmetric);
        String symmetricBase64 = Base64.getEncoder().encodeToString(symmetric);
        ApiSecurity client = ApiSecurity.builder().appId("wxtest").symmetricKey(symmetricBase64, "sym-1")
                .privateKey(app.getPrivate(), "app-1").platformKey(platform.getPublic(), "plat-1").build();
        ApiSecurity server = ApiSecurity.builder().appId("wxtest").symmetricKey(symmetricBase64, "sym-1")
                .privateKey(platform.getPrivate(), "plat-1").platformKey(app.getPublic(), "app-1").build();

        SecureChannel.Sealed request = SecureChannel.of(client).seal("http://127.0.0.1:1/cgi-bin/express/business/order/get",
                "{\"order_id\":\"o1\"}".getBytes(StandardCharsets.UTF_8));
        // The server side opens the request the same way a reply is opened (the roles swap the keys).
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        headers.put("Wechatmp-Serial", List.of("app-1"));
        byte[] plain = SecureChannel.of(server).open("getOrder", "http://127.0.0.1:1/cgi-bin/express/business/order/get",
                new TransportResponse(200, headers, request.body()));

        assertThat(new String(plain, StandardCharsets.UTF_8)).startsWith("{\"_n\":\"").contains("\"_appid\":\"wxtest\"")
                .endsWith(",\"order_id\":\"o1\"}");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).doesNotContain("order_id");
        assertThat(client.toString()).contains("sym-1", "app-1", "plat-1").doesNotContain(symmetricBase64);
    }
}
