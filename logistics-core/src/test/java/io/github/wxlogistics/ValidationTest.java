package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.support.ScriptedTransport;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {

    private final ScriptedTransport transport = new ScriptedTransport();
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport).build();

    @AfterEach
    void nothingWasSent() {
        assertThat(transport.requests()).isEmpty();
        client.close();
    }

    private static void assertRejected(Executable call, String field, String rule) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).startsWith(rule);
            assertThat(e.getMessage()).isEqualTo(field + ": " + e.rule());
        });
    }

    @Test
    void requiredFieldsAreNamed() {
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of(null, "SF")), "order_id", "is required");
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of("o", " ")), "delivery_id", "is required");
        assertRejected(() -> client.merchant().getPath(GetPathRequest.of("o", "SF", null)), "waybill_id", "is required");
        assertRejected(() -> client.courier().getContact(GetContactRequest.of("", "w")), "token", "is required");
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 1L, null, "m")),
                "action_type", "is required");
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 1L, ActionType.SIGNED, null)),
                "action_msg", "is required");
        assertRejected(() -> client.merchant().getOrder(null), "getOrder request", "is required");
    }

    @Test
    void byteLimitsCountUtf8Bytes() {
        String chinese171 = "单".repeat(171); // 513 bytes in UTF-8, 171 chars
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of(chinese171, "SF")), "order_id",
                "must be at most 512 bytes in UTF-8, was 513");
        assertRejected(() -> client.merchant().getOrder(GetOrderRequest.of("o", "SF").withCustomRemark("x".repeat(1025))),
                "custom_remark", "must be at most 1024 bytes in UTF-8, was 1025");
    }

    @Test
    void actionTimeMustBePositive() {
        assertRejected(() -> client.courier().updatePath(new UpdatePathRequest("t", "w", 0L, ActionType.SIGNED, "m")),
                "action_time", "must be positive, was 0");
    }

    @Test
    void asyncCallsFailTheirFutureInstead() {
        var future = client.async().merchant().getOrder(GetOrderRequest.of("o", null));
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ValidationException.class);
    }
}
