package io.github.wxlogistics.intracity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.model.intracity.IntracityCallback;
import io.github.wxlogistics.model.intracity.IntracityStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntracityCallbackReceiverTest {

    private static final String BODY = "{\"appid\":\"wxtest\",\"wx_store_id\":\"4000000001\",\"wx_order_id\":\"W1\","
            + "\"store_order_id\":\"O-1\",\"order_status\":30000,\"status_change_time\":1700000100,"
            + "\"timestamp\":1700000101,\"service_trans_id\":\"DADA\",\"sign\":\"abc\"}";

    private final List<IntracityCallback> handled = new ArrayList<>();

    private IntracityCallbackReceiver receiver(IntracityCallbackVerifier verifier) {
        return IntracityCallbackReceiver.builder().verifier(verifier).handler(handled::add).build();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aVerifiedCallbackIsParsedHandledAndAnsweredOk() {
        List<byte[]> seen = new ArrayList<>();
        IntracityCallbackResponse response = receiver((c, body) -> seen.add(body)).handle("POST", bytes(BODY));
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(handled).singleElement().satisfies(c -> {
            assertThat(c.wxOrderId()).isEqualTo("W1");
            assertThat(c.orderStatus()).isEqualTo(IntracityStatus.ACCEPTED);
            assertThat(c.statusChangeTime()).isEqualTo(1700000100L);
            assertThat(c.serviceTransId()).isEqualTo("DADA");
            assertThat(c.sign()).isEqualTo("abc");
        });
        assertThat(seen).singleElement().isEqualTo(bytes(BODY));
    }

    @Test
    void aRefusedCallbackIs401AndNotHandled() {
        assertThat(receiver((c, body) -> false).handle("POST", bytes(BODY)).status()).isEqualTo(401);
        assertThat(handled).isEmpty();
    }

    @Test
    void badRequestsAreRefusedBeforeTheVerifier() {
        IntracityCallbackReceiver receiver = IntracityCallbackReceiver.builder()
                .verifier((c, b) -> { throw new AssertionError("not reached"); }).handler(handled::add).maxBodyBytes(400).build();
        assertThat(receiver.handle("GET", null).status()).isEqualTo(405);
        assertThat(receiver.handle("POST", new byte[0]).status()).isEqualTo(400);
        assertThat(receiver.handle("POST", new byte[401]).status()).isEqualTo(413);
        assertThat(receiver.handle("POST", bytes("not json")).status()).isEqualTo(400);
        assertThat(receiver.handle("POST", bytes("{\"order_status\":\"x\",\"wx_order_id\":\"W1\"}")).status()).isEqualTo(400);
        assertThat(receiver.handle("POST", bytes("{\"wx_order_id\":\"W1\"}")).status()).isEqualTo(400);
        assertThat(handled).isEmpty();
    }

    @Test
    void aFailingHandlerOrVerifierIs500SoWeChatRetries() {
        IntracityCallbackReceiver failing = IntracityCallbackReceiver.builder().verifier(IntracityCallbackVerifier.acceptAll())
                .handler(c -> { throw new IllegalStateException("database down"); }).build();
        assertThat(failing.handle("POST", bytes(BODY)).status()).isEqualTo(500);
        assertThat(receiver((c, b) -> { throw new IllegalStateException("x"); }).handle("POST", bytes(BODY)).status())
                .isEqualTo(500);
    }

    @Test
    void theVerifierIsAlwaysAnExplicitChoice() {
        assertThatThrownBy(() -> IntracityCallbackReceiver.builder().handler(handled::add).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("verifier").hasMessageContaining("acceptAll()");
    }
}
