package io.github.wxlogistics.store.redis;

import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.event.AddWaybillReply;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An add_waybill handler answering waybill {@code SF<WayBillID>}: for the orders a test picks, it
 * counts its runs and holds each run (at most 10 s) until the test releases it, so the test can
 * cut Redis off while the handler runs.
 */
final class HeldHandler implements Function<AddWaybillEvent, AddWaybillReply> {

    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final Predicate<String> held;

    HeldHandler(Predicate<String> heldOrderIds) {
        this.held = heldOrderIds;
    }

    @Override
    public AddWaybillReply apply(AddWaybillEvent push) {
        if (held.test(push.orderId())) {
            runs.incrementAndGet();
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return AddWaybillReply.success("SF" + push.waybillId(), List.of());
    }
}
