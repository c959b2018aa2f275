package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.AsyncLogisticsClient;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.RetryPolicy;
import io.github.wxlogistics.error.LogisticsException;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call invariant, property-style: every call started through any facade ends, with a value or
 * the library's {@link LogisticsException}, no later than its call timeout plus a small bound,
 * whatever any step throws. A seeded generator picks, for each of a few hundred calls, a facade
 * (async, blocking, and whatever {@link #extraFacades} adds), a call (a read with a body, a read
 * without one, a write), a step of the call path (the token provider's {@code token()} and
 * {@code refresh()}, the transport's {@code send}, the codec's {@code encode}, {@code decodeReply}
 * and the reply's {@code value()}, each listener callback, the scheduler of a retry's backoff) and a
 * throwable (unchecked, checked, {@link AssertionError}, {@link StackOverflowError},
 * {@link NoClassDefFoundError}) that step throws or fails with. Listeners are observers: a failing
 * one must not change the outcome. The test prints a one-line summary of the outcomes.
 *
 * <p>An adapter module runs it through a subclass that implements {@link #createTransport()}.
 */
public abstract class CallInvariantContract {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);
    /** How long past the call timeout a call may take to end: scheduling slack, not a second deadline. */
    private static final Duration BOUND = Duration.ofMillis(1500);
    private static final int CALLS = 240;
    private static final long SEED = 20261207L;

    private FakeWeChatServer server;
    private HttpTransport transport;

    /** For subclasses. */
    protected CallInvariantContract() {
    }

    /**
     * A new transport; the suite closes it at the end.
     *
     * @return the transport under test
     */
    protected abstract HttpTransport createTransport();

    /**
     * Facades an adapter adds to the async and blocking ones (the Vert.x {@code Future} facade, say):
     * each runs a call and waits for its outcome at most {@code within}.
     *
     * @param client the client the facade wraps
     * @return facades by name; none by default
     */
    protected Map<String, Facade> extraFacades(LogisticsClient client) {
        return Map.of();
    }

    /** Runs one call through a facade and waits for it. */
    @FunctionalInterface
    public interface Facade {
        /**
         * Runs {@code call} and waits for its outcome.
         *
         * @param call   the call on the async client
         * @param within the longest wait
         * @return the call's value
         * @throws Throwable the call's failure, unwrapped; {@link TimeoutException} if it did not end in time
         */
        Object run(Function<AsyncLogisticsClient, CompletableFuture<?>> call, Duration within) throws Throwable;
    }

    @BeforeEach
    void start() {
        server = FakeWeChatServer.builder().demoData().start();
        transport = createTransport();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void everyCallEndsByItsDeadlineWhateverAnyStepThrows() {
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        String courierToken = server.courierToken("123456789").orElseThrow();
        for (int i = 0; i < CALLS; i++) {
            Step step = Step.values()[random.nextInt(Step.values().length)];
            Supplier<Throwable> kind = THROWABLES.get(random.nextInt(THROWABLES.size()));
            Faults faults = new Faults(step, kind);
            try (LogisticsClient client = client(faults)) {
                Map<String, Facade> facades = facades(client);
                String facadeName = new ArrayList<>(facades.keySet()).get(random.nextInt(facades.size()));
                Call call = Call.values()[random.nextInt(Call.values().length)];
                prepareServer(step);
                String what = facadeName + " " + call + " with " + step + " throwing " + kind.get().getClass().getSimpleName();
                long started = System.nanoTime();
                String outcome;
                try {
                    Object value = facadeName.equals("blocking") ? blocking(client, call, courierToken)
                            : facades.get(facadeName).run(call.async(courierToken), CALL_TIMEOUT.plus(BOUND));
                    outcome = "value";
                    if (value == null && call != Call.UPDATE_PATH) {
                        failures.add(what + ": ended with null");
                    }
                } catch (TimeoutException e) {
                    outcome = "timeout";
                    failures.add(what + ": did not end within " + CALL_TIMEOUT.plus(BOUND));
                } catch (LogisticsException e) {
                    outcome = e.getClass().getSimpleName();
                    if (step.isListener()) {
                        failures.add(what + ": a failing listener changed the outcome to " + e);
                    }
                } catch (Throwable e) {
                    outcome = e.getClass().getSimpleName();
                    failures.add(what + ": ended with " + e + ", not the library's exception");
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                slowest = Math.max(slowest, millis);
                outcomes.merge(step.name().toLowerCase() + "->" + outcome, 1, Integer::sum);
                server.setDispatcher(server.weChatDispatcher());
            } finally {
                faults.close();
            }
        }
        System.out.println("call invariant [" + transport.getClass().getSimpleName() + "]: " + CALLS + " calls, slowest "
                + slowest + " ms: " + outcomes);
        assertThat(failures).as("calls that did not end as the invariant says").isEmpty();
    }

    private LogisticsClient client(Faults faults) {
        return LogisticsClient.builder()
                .tokenProvider(faults.tokens(server))
                .baseUri(server.baseUri())
                .transport(faults.transport(transport))
                .jsonCodec(faults.codec())
                .listener(faults.listener())
                .scheduler(faults.scheduler())
                .callTimeout(CALL_TIMEOUT)
                .attemptTimeout(Duration.ofSeconds(1))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
    }

    /** Steps reached only after a rejected token or a failed attempt get the fake to answer so. */
    private void prepareServer(Step step) {
        if (step == Step.TOKEN_REFRESH_THROWS) {
            server.setDispatcher(request -> FakeResponse.errcode(40001));
        } else if (step == Step.SCHEDULER_THROWS) {
            server.setDispatcher(request -> FakeResponse.errcode(-1));
        } else {
            server.setDispatcher(server.weChatDispatcher());
        }
    }

    private Map<String, Facade> facades(LogisticsClient client) {
        Map<String, Facade> facades = new LinkedHashMap<>();
        facades.put("async", (call, within) -> {
            try {
                return call.apply(client.async()).get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | CompletionException e) {
                throw e.getCause();
            }
        });
        facades.put("blocking", (call, within) -> {
            throw new UnsupportedOperationException("run by blocking(...)");
        });
        facades.putAll(extraFacades(client));
        return facades;
    }

    /** The blocking client, on a thread of its own so that a call that never ends is seen, not waited for. */
    private static Object blocking(LogisticsClient client, Call call, String courierToken) throws Throwable {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                outcome.complete(call.blocking(client, courierToken));
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        }, "call-invariant-blocking");
        thread.setDaemon(true);
        thread.start();
        try {
            return outcome.get(CALL_TIMEOUT.plus(BOUND).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static final List<Supplier<Throwable>> THROWABLES = List.of(
            () -> new IllegalStateException("injected"),
            () -> new Exception("injected checked exception"),
            () -> new AssertionError("injected"),
            () -> new StackOverflowError("injected"),
            () -> new NoClassDefFoundError("injected"));

    /** The calls tried: a read with a body, a read without one, a write (with a courier token the fake issued). */
    enum Call {
        GET_PATH, GET_ALL_ACCOUNT, UPDATE_PATH, GET_DELIVERY_LIST, INSURANCE_QUERY_OPEN;

        private static final GetPathRequest PATH = GetPathRequest.builder().orderId("01234567890123456789")
                .deliveryId("SF").waybillId("123456789").openid("o").build();

        Function<AsyncLogisticsClient, CompletableFuture<?>> async(String courierToken) {
            return switch (this) {
                case GET_PATH -> async -> async.merchant().getPath(PATH);
                case GET_ALL_ACCOUNT -> async -> async.merchant().getAllAccount();
                case UPDATE_PATH -> async -> async.courier().updatePath(Faults.updatePath(courierToken));
                case GET_DELIVERY_LIST -> async -> async.tracking().getDeliveryList();
                case INSURANCE_QUERY_OPEN -> async -> async.freightInsurance().queryOpen();
            };
        }

        Object blocking(LogisticsClient client, String courierToken) {
            return switch (this) {
                case GET_PATH -> client.merchant().getPath(PATH);
                case GET_ALL_ACCOUNT -> client.merchant().getAllAccount();
                case UPDATE_PATH -> {
                    client.courier().updatePath(Faults.updatePath(courierToken));
                    yield "done";
                }
                case GET_DELIVERY_LIST -> client.tracking().getDeliveryList();
                case INSURANCE_QUERY_OPEN -> client.freightInsurance().queryOpen();
            };
        }
    }

    /** Where a fault is injected. */
    enum Step {
        TOKEN_THROWS, TOKEN_FAILS, TOKEN_NULL_FUTURE, TOKEN_NULL_VALUE, TOKEN_REFRESH_THROWS,
        SEND_THROWS, SEND_FAILS, ENCODE_THROWS, DECODE_THROWS, VALUE_THROWS,
        LISTENER_CALL_STARTED, LISTENER_ATTEMPT_FINISHED, LISTENER_CALL_FINISHED, SCHEDULER_THROWS;

        boolean isListener() {
            return name().startsWith("LISTENER_");
        }
    }
}
