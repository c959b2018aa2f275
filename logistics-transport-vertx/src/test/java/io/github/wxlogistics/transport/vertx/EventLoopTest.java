package io.github.wxlogistics.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many calls through one event loop, with Vert.x's blocked-thread checker on a tight setting and
 * its warnings captured (Vert.x logs through java.util.logging here: the test class path has no
 * SLF4J provider). The test that blocks the loop on purpose keeps the expected warnings, each with
 * a "Thread blocked" stack trace, off the console; any other Vert.x record still reaches it.
 */
class EventLoopTest {

    private static final int CALLS = 10_000;
    /**
     * The blocked-thread limit: half of Vert.x's default. A task of 25 calls takes a few milliseconds
     * of CPU; what the checker saw at 400 ms on a loaded 2-core machine was the thread waiting for a
     * core (wall time), 1 run in 3. A blocking call on the loop (an exchange waited for) would block
     * for its whole attempt timeout, seconds, and is still caught.
     */
    private static final long LIMIT_MS = 1000;
    private static final int BATCH = 25;   // small enough that issuing a batch stays far below the limit on a loaded 2-core machine
    private static final String ORDER_ID = "01234567890123456789";

    private final List<String> blockedWarnings = new CopyOnWriteArrayList<>();
    private final Logger vertxLogs = Logger.getLogger("io.vertx");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = String.valueOf(record.getMessage());
            boolean blocked = message.contains("has been blocked");
            if (blocked) {
                blockedWarnings.add(message);
            }
            if (!blocked && !vertxLogs.getUseParentHandlers()) {
                // The console is detached only for the expected warnings; pass anything else on.
                for (Handler console : Logger.getLogger("").getHandlers()) {
                    console.publish(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private FakeWeChatServer server;
    private Vertx vertx;
    private LogisticsClient client;

    @BeforeEach
    void start() {
        vertxLogs.addHandler(capture);
        server = FakeWeChatServer.builder().demoData().start();
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1)
                .setBlockedThreadCheckInterval(50).setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
                .setMaxEventLoopExecuteTime(LIMIT_MS).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setWarningExceptionTime(LIMIT_MS).setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS));
        client = LogisticsClient.builder()
                .credentials(server.appId(), server.appSecret())
                .baseUri(server.baseUri())
                .transport(VertxHttpTransport.builder().vertx(vertx).maxPoolSize(16).build())
                .attemptTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(120))
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        server.close();
        vertxLogs.removeHandler(capture);
        vertxLogs.setUseParentHandlers(true);
    }

    @Test
    void tenThousandConcurrentCallsOnOneEventLoopAllSucceedWithoutBlockingIt() throws Exception {
        VertxLogisticsClient wechat = VertxLogisticsClient.create(client, vertx);
        // One call first, off the loop: on a cold JVM the first call's class loading and lambda
        // linking alone takes longer than the checker's limit on a 2-core machine.
        client.async().merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF").build())
                .get(30, TimeUnit.SECONDS);
        blockedWarnings.clear();
        AtomicInteger correct = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        CompletableFuture<Void> allDone = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(CALLS);
        List<String> offLoop = new CopyOnWriteArrayList<>();
        // Issue the calls in batches, one event-loop task each, as a verticle serving traffic would;
        // one task issuing all 10,000 would itself exceed the checker's limit.
        vertx.runOnContext(v -> issue(wechat, Thread.currentThread().getName(), 0, correct, wrong, pending, offLoop, allDone));
        allDone.get(3, TimeUnit.MINUTES);

        assertThat(correct).hasValue(CALLS);
        assertThat(wrong).hasValue(0);
        assertThat(offLoop).as("completions off the caller's event loop").isEmpty();
        assertThat(blockedWarnings).isEmpty();
    }

    private void issue(VertxLogisticsClient wechat, String loop, int from, AtomicInteger correct, AtomicInteger wrong,
            AtomicInteger pending, List<String> offLoop, CompletableFuture<Void> allDone) {
        int to = Math.min(CALLS, from + BATCH);
        for (int i = from; i < to; i++) {
            wechat.call(async -> async.merchant().getOrder(GetOrderRequest.builder().orderId(ORDER_ID).deliveryId("SF")
                    .build())).onComplete(result -> {
                if (!Thread.currentThread().getName().equals(loop)) {
                    offLoop.add(Thread.currentThread().getName());
                }
                if (result.succeeded() && result.result().orderId().equals(ORDER_ID)) {
                    correct.incrementAndGet();
                } else {
                    wrong.incrementAndGet();
                }
                if (pending.decrementAndGet() == 0) {
                    allDone.complete(null);
                }
            });
        }
        if (to < CALLS) {
            vertx.runOnContext(v -> issue(wechat, loop, to, correct, wrong, pending, offLoop, allDone));
        }
    }

    @Test
    void theCheckerWarningIsCapturedWhenTheLoopReallyBlocks() throws Exception {
        // The block below is deliberate: capture its warnings, keep their stack traces off the
        // console (a green build prints none). The capture handler sits on "io.vertx" itself.
        vertxLogs.setUseParentHandlers(false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LIMIT_MS + 500);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
        // Wait until the loop has run a task after the blocking one, so that no late warning
        // reaches the console once @AfterEach reattaches it.
        CompletableFuture<Void> free = new CompletableFuture<>();
        vertx.runOnContext(v -> free.complete(null));
        free.get(10, TimeUnit.SECONDS);
        assertThat(blockedWarnings).isNotEmpty();
    }

    @Test
    void theBlockingClientFailsFastOnTheEventLoop() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        vertx.runOnContext(v -> {
            try {
                client.merchant().getAllAccount();
                failure.complete(null);
            } catch (RuntimeException e) {
                failure.complete(e);
            }
        });
        Throwable thrown = failure.get(5, TimeUnit.SECONDS);
        assertThat(thrown).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event-loop thread")
                .hasMessageContaining("client.async()")
                .hasMessageContaining("VertxLogisticsClient");
        assertThat(server.requestCount()).isZero();
    }
}
