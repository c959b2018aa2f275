package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.errcode;
import static io.github.wxlogistics.testkit.WeChatCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    private static final String GET_ORDER = B + "order/get";
    private static final String GET_QUOTA = B + "quota/get";
    private static final String DEMO_ORDER = "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}";
    private static final String YUNDA_QUOTA = "{\"delivery_id\":\"YUNDA\",\"biz_id\":\"123456789\"}";

    @Test
    void theDefaultDispatcherIsTheStatefulWeChatFake() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start()) {
            assertThat(server.dispatcher()).isSameAs(server.weChatDispatcher());
            WeChatCalls calls = new WeChatCalls(server);

            assertThat(calls.post(GET_QUOTA, YUNDA_QUOTA).getInt("quota_num")).isEqualTo(55);
        }
    }

    @Test
    void aWrapperAnswersWhatItHandlesAndDelegatesTheRest() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData()
                .wrapDispatcher(weChat -> request -> {
                    seen.add(request.operation().orElse(""));
                    return request.operation().equals(java.util.Optional.of("getQuota"))
                            ? FakeResponse.json(200, "{\"errcode\":0,\"quota_num\":0}")
                            : weChat.dispatch(request);
                })
                .start()) {
            WeChatCalls calls = new WeChatCalls(server);

            assertThat(calls.post(GET_QUOTA, YUNDA_QUOTA).getInt("quota_num")).isZero();
            assertThat(calls.post(GET_ORDER, DEMO_ORDER).getString("waybill_id")).isEqualTo("123456789");
            assertThat(errcode(calls.get(B + "account/getall"))).isZero();
            assertThat(seen).containsExactly("getQuota", "getOrder", "getAllAccount");
        }
    }

    @Test
    void wrappersStackTheLastOutermost() {
        List<String> order = new CopyOnWriteArrayList<>();
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData()
                .wrapDispatcher(inner -> request -> {
                    order.add("first");
                    return inner.dispatch(request);
                })
                .wrapDispatcher(inner -> request -> {
                    order.add("second");
                    return inner.dispatch(request);
                })
                .start()) {
            assertThat(errcode(new WeChatCalls(server).get(B + "account/getall"))).isZero();
            assertThat(order).containsExactly("second", "first");
        }
    }

    @Test
    void aReplacementAnswersEverythingAndProceedStillReachesTheWeChatFake() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData()
                .dispatcher(request -> request.path().startsWith("/cgi-bin/express/")
                        ? FakeResponse.json(200, "{\"replaced\":\"" + request.operation().orElse("") + "\"}")
                        : FakeResponse.proceed())
                .start()) {
            WeChatCalls calls = new WeChatCalls(server);

            assertThat(calls.post(GET_ORDER, DEMO_ORDER).getString("replaced")).isEqualTo("getOrder");
            // The token endpoint was answered by the WeChat fake through proceed().
            HttpResponse<String> token = calls.send("GET",
                    "/cgi-bin/token?grant_type=client_credential&appid=wxtest&secret=test-secret", null);
            assertThat(parse(token.body()).getString("access_token")).hasSize(128);
        }
    }

    @Test
    void setDispatcherAppliesFromTheNextRequest() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start()) {
            WeChatCalls calls = new WeChatCalls(server);
            Dispatcher weChat = server.weChatDispatcher();
            server.setDispatcher(request -> request.operation().equals(java.util.Optional.of("getOrder"))
                    ? FakeResponse.errcode(-1) : weChat.dispatch(request));

            assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(-1);
            assertThat(calls.post(GET_QUOTA, YUNDA_QUOTA).getInt("quota_num")).isEqualTo(55);

            server.setDispatcher(weChat);
            assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isZero();
            assertThatThrownBy(() -> server.setDispatcher(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void scriptedRepliesComeBeforeTheDispatcherAndCutItsReply() throws Exception {
        String custom = "{\"errcode\":0,\"note\":\"from the dispatcher, long enough to cut in half\"}";
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData()
                .dispatcher(request -> FakeResponse.json(200, custom)).start()) {
            WeChatCalls calls = new WeChatCalls(server);
            server.enqueue("getOrder", FakeResponse.errcode(45011));
            server.enqueue("getOrder", FakeResponse.truncatedBody());

            assertThat(errcode(calls.post(GET_ORDER, DEMO_ORDER))).isEqualTo(45011);
            HttpResponse<byte[]> truncated = WeChatCalls.client().send(calls.request("POST",
                    GET_ORDER + "?access_token=" + calls.token(), DEMO_ORDER, java.time.Duration.ofSeconds(5)),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(new String(truncated.body(), StandardCharsets.UTF_8))
                    .isEqualTo(custom.substring(0, custom.length() / 2));
            assertThat(calls.post(GET_ORDER, DEMO_ORDER).getString("note")).startsWith("from the dispatcher");
        }
    }

    @Test
    void aDispatcherMayDropTheConnectionAfterTheWeChatFakeActed() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData()
                .wrapDispatcher(weChat -> request -> request.operation().equals(java.util.Optional.of("addOrder"))
                        ? FakeResponse.dropConnectionMidBody() : weChat.dispatch(request))
                .start()) {
            WeChatCalls calls = new WeChatCalls(server);

            assertThatThrownBy(() -> calls.post(B + "order/add", OrderCallsTest.order("o-d", "SF", "SF_CASH", 0)))
                    .hasRootCauseInstanceOf(IOException.class);
            assertThat(errcode(calls.post(GET_ORDER, "{\"order_id\":\"o-d\",\"delivery_id\":\"SF\"}")))
                    .as("the order landed").isZero();
        }
    }

    @Test
    void aFailingDispatcherIsAnHttp500NamingTheFailure() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().dispatcher(request -> {
            if (request.operation().equals(java.util.Optional.of("getOrder"))) {
                throw new IllegalStateException("boom");
            }
            return null;
        }).start()) {
            WeChatCalls calls = new WeChatCalls(server);

            HttpResponse<String> thrown = calls.send("POST", GET_ORDER, DEMO_ORDER);
            assertThat(thrown.statusCode()).isEqualTo(500);
            assertThat(thrown.body()).contains("IllegalStateException");
            HttpResponse<String> nothing = calls.send("GET", B + "account/getall", null);
            assertThat(nothing.statusCode()).isEqualTo(500);
            assertThat(nothing.body()).contains("returned null");
        }
    }

    @Test
    void theBuilderRefusesNullDispatchers() {
        assertThatThrownBy(() -> FakeWeChatServer.builder().dispatcher(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().wrapDispatcher(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FakeWeChatServer.builder().wrapDispatcher(d -> null).start())
                .isInstanceOf(NullPointerException.class);
    }
}
