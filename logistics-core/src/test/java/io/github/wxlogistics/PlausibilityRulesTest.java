package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.error.ValidationException;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.support.Orders;
import io.github.wxlogistics.support.ScriptedTransport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional rules API.md documents, and units that are easy to confuse, are checked before sending. */
class PlausibilityRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private final ScriptedTransport transport = new ScriptedTransport()
            .otherwise(r -> ScriptedTransport.json(200, "{\"order_id\":\"o1\",\"waybill_id\":\"w1\"}"));
    private final LogisticsClient client = LogisticsClient.builder().accessToken("T").transport(transport)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @AfterEach
    void close() {
        client.close();
    }

    private void assertAddOrderRejected(UnaryOperator<AddOrderRequest.Builder> change, String field, String... rule) {
        assertThatThrownBy(() -> client.merchant().addOrder(change.apply(Orders.valid().toBuilder()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(rule);
                });
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void anSfCashOrderNeedsAnExpectTimeInTheFuture() {
        assertAddOrderRejected(r -> r.bizId("SF_CASH"), "expect_time", "is required for SF_CASH");
        assertAddOrderRejected(r -> r.bizId("SF_CASH").expectTime(0L), "expect_time", "is required for SF_CASH");
        assertAddOrderRejected(r -> r.bizId("SF_CASH").expectTime(NOW.minusSeconds(60)), "expect_time", "in the future");
        assertThat(client.merchant().addOrder(Orders.valid().toBuilder().bizId("SF_CASH")
                .expectTime(NOW.plus(Duration.ofHours(2))).build()).waybillId()).isEqualTo("w1");
    }

    @Test
    void anExpectTimeInMillisecondsIsCaught() {
        assertAddOrderRejected(r -> r.expectTime(NOW.plus(Duration.ofHours(2)).toEpochMilli()), "expect_time",
                "within a year", "milliseconds?");
        // 0 means a pickup agreed beforehand, for an order with a contract.
        assertThat(client.merchant().addOrder(Orders.valid().toBuilder().expectTime(0L).build()).orderId()).isEqualTo("o1");
    }

    @Test
    void weightsAndSizesArePositive() {
        var cargo = Orders.valid().cargo();
        assertAddOrderRejected(r -> r.cargo(cargo.toBuilder().weight(new BigDecimal("-1.2")).build()), "cargo.weight",
                "must be positive (kg), was -1.2");
        assertAddOrderRejected(r -> r.cargo(cargo.toBuilder().spaceY(BigDecimal.ZERO).build()), "cargo.space_y",
                "must be positive (cm)");
    }

    @Test
    void insuranceIsZeroOrOneWithAValueInFen() {
        assertAddOrderRejected(r -> r.insured(new Insured(2, 100)), "insured.use_insured", "0 (no insurance) or 1");
        assertAddOrderRejected(r -> r.insured(new Insured(1, 0)), "insured.insured_value", "positive (fen)");
        assertAddOrderRejected(r -> r.insured(new Insured(0, -5)), "insured.insured_value", "zero or more (fen)");
    }

    @Test
    void anEventTimeInMillisecondsIsCaught() {
        UpdatePathRequest path = UpdatePathRequest.builder().token("tok").waybillId("w1")
                .actionTime(NOW.toEpochMilli()).actionType(ActionType.SIGNED).actionMsg("签收").build();
        assertThatThrownBy(() -> client.courier().updatePath(path)).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("action_time");
                    assertThat(e.getMessage()).contains("milliseconds?");
                });
        transport.otherwise(r -> ScriptedTransport.json(200, "{\"errcode\":0}"));
        client.courier().updatePath(path.toBuilder().actionTime(NOW.minusSeconds(30).getEpochSecond()).build());
        assertThat(transport.requests()).hasSize(1);
    }
}
