package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void concurrentOrdersGetDistinctWaybillsAndAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (FakeWeChatServer server = FakeWeChatServer.builder().start()) {
            WeChatCalls calls = new WeChatCalls(server);
            List<Future<String>> waybills = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String orderId = "c-" + i;
                waybills.add(pool.submit(() -> calls.post(B + "order/add",
                        OrderCallsTest.order(orderId, "SF", "SF_CASH", 0)).getString("waybill_id")));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> f : waybills) {
                distinct.add(f.get(30, TimeUnit.SECONDS));
            }

            assertThat(distinct).hasSize(120);
            assertThat(server.requestCount()).isEqualTo(120);
            for (int i = 0; i < 120; i += 17) {
                assertThat(calls.post(B + "order/get", "{\"order_id\":\"c-" + i + "\",\"delivery_id\":\"SF\"}")
                        .getString("waybill_id")).isIn(distinct);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
