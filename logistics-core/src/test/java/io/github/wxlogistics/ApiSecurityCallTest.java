package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.error.ApiSecurityException;
import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.support.ScriptedTransport;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Calls with WeChat's API security on: sealed on the way out, verified and opened on the way back. */
class ApiSecurityCallTest {

    private static final String PATH_REPLY = "\"errcode\":0,\"openid\":\"o\",\"delivery_id\":\"SF\",\"waybill_id\":\"w1\","
            + "\"path_item_num\":0,\"path_item_list\":[]}";
    private static final GetPathRequest PATH = GetPathRequest.builder().orderId("o1").deliveryId("SF").waybillId("w1").build();

    private final ApiSecurity client;
    private final SecureChannel server;

    ApiSecurityCallTest() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair app = generator.generateKeyPair();
        KeyPair platform = generator.generateKeyPair();
        byte[] symmetric = new byte[32];
        new SecureRandom().nextBytes(symmetric);
        String key = Base64.getEncoder().encodeToString(symmetric);
        client = ApiSecurity.builder().appId("wxtest").symmetricKey(key, "sym-1").privateKey(app.getPrivate(), "app-1")
                .platformKey(platform.getPublic(), "plat-1").build();
        server = SecureChannel.of(ApiSecurity.builder().appId("wxtest").symmetricKey(key, "sym-1")
                .privateKey(platform.getPrivate(), "plat-1").platformKey(app.getPublic(), "app-1").build());
    }

    /** Plays WeChat: opens the sealed request and answers sealed, after {@code tamper} has its say. */
    private TransportResponse answer(TransportRequest request, UnaryOperator<TransportResponse> tamper) {
        String url = request.uri().toString().replaceFirst("\\?.*", "");
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        headers.put("Wechatmp-Serial", List.of("app-1"));
        String plain = new String(server.open("server", url, new TransportResponse(200, headers, request.body())),
                StandardCharsets.UTF_8);
        assertThat(plain).contains("\"order_id\":\"o1\"").contains("\"_appid\":\"wxtest\"");
        SecureChannel.Sealed reply = server.seal(url, ("{" + PATH_REPLY).getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> replyHeaders = new HashMap<>();
        reply.headers().forEach((k, v) -> replyHeaders.put(k, List.of(v)));
        replyHeaders.put("Wechatmp-Serial", List.of("plat-1"));
        return tamper.apply(new TransportResponse(200, replyHeaders, reply.body()));
    }

    private LogisticsClient client(ScriptedTransport transport) {
        return LogisticsClient.builder().accessToken("T").transport(transport).apiSecurity(client).build();
    }

    @Test
    void aCallIsSealedOnTheWayOutAndOpenedOnTheWayBack() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.otherwise(r -> answer(r, UnaryOperator.identity()));
        try (LogisticsClient c = client(transport)) {
            assertThat(c.merchant().getPath(PATH).waybillId()).isEqualTo("w1");
        }
        TransportRequest sent = transport.requests().get(0);
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).startsWith("{\"iv\":\"").doesNotContain("order_id");
        assertThat(sent.headers()).containsKeys("Wechatmp-Appid", "Wechatmp-TimeStamp", "Wechatmp-Signature");
        assertThat(sent.uri().getRawQuery()).isEqualTo("access_token=T");
    }

    @Test
    void aReplyWithOneFlippedByteIsRefusedAndNeverDecoded() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.otherwise(r -> answer(r, reply -> {
            byte[] body = reply.body().clone();
            body[body.length / 2] ^= 1;
            return new TransportResponse(200, reply.headers(), body);
        }));
        try (LogisticsClient c = client(transport)) {
            assertThatThrownBy(() -> c.merchant().getPath(PATH)).isInstanceOf(ApiSecurityException.class)
                    .hasMessageStartingWith("getPath reply refused by API security: the reply's signature does not verify");
        }
    }

    @Test
    void anUnsignedRefusalIsWeChatsErrorAndAnUnsignedSuccessIsRefused() {
        ScriptedTransport transport = new ScriptedTransport();
        transport.enqueue(200, "{\"errcode\":40234,\"errmsg\":\"invalid signature\"}");
        transport.enqueue(200, "{" + PATH_REPLY);
        try (LogisticsClient c = client(transport)) {
            assertThatThrownBy(() -> c.merchant().getPath(PATH)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(40234));
            assertThatThrownBy(() -> c.merchant().getPath(PATH)).isInstanceOf(ApiSecurityException.class)
                    .hasMessageContaining("claims success but is not signed");
        }
    }

    @Test
    void settingsForAnotherAppIdAreRefusedWhenTheClientIsBuilt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogisticsClient.builder().credentials("wxother", "secret")
                .transport(new ScriptedTransport()).apiSecurity(client).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiSecurity is for AppID wxtest but credentials(...) are for wxother: both must be the same"
                        + " mini program");
    }
}
