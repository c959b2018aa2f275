package io.github.wxlogistics.testkit.contract;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.JsonCodec;
import io.github.wxlogistics.spi.LogisticsListener;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.contract.CallInvariantContract.Step;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** One injected fault for {@link CallInvariantContract}: the ports of a client, one of them failing at {@link Step}. */
final class Faults implements AutoCloseable {

    private final Step step;
    private final Supplier<Throwable> throwable;
    private final FailingScheduler scheduler = new FailingScheduler();

    Faults(Step step, Supplier<Throwable> throwable) {
        this.step = step;
        this.throwable = throwable;
    }

    static UpdatePathRequest updatePath(String courierToken) {
        return UpdatePathRequest.builder().token(courierToken).waybillId("123456789").actionTime(1533080000L)
                .actionType(ActionType.SIGNED).actionMsg("signed").build();
    }

    AccessTokenProvider tokens(FakeWeChatServer server) {
        return new AccessTokenProvider() {
            @Override
            public CompletableFuture<AccessToken> token() {
                return switch (step) {
                    case TOKEN_THROWS -> throw sneaky(throwable.get());
                    case TOKEN_FAILS -> CompletableFuture.failedFuture(throwable.get());
                    case TOKEN_NULL_FUTURE -> null;
                    case TOKEN_NULL_VALUE -> CompletableFuture.completedFuture(null);
                    default -> CompletableFuture.completedFuture(token(server));
                };
            }

            @Override
            public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
                if (step == Step.TOKEN_REFRESH_THROWS) {
                    throw sneaky(throwable.get());
                }
                return CompletableFuture.completedFuture(token(server));
            }

            private AccessToken token(FakeWeChatServer server) {
                return new AccessToken(server.issueToken(), Instant.now().plusSeconds(3600));
            }
        };
    }

    HttpTransport transport(HttpTransport real) {
        return new HttpTransport() {
            @Override
            public CompletableFuture<TransportResponse> send(TransportRequest request) {
                if (step == Step.SEND_THROWS) {
                    throw sneaky(throwable.get());
                }
                if (step == Step.SEND_FAILS) {
                    return CompletableFuture.failedFuture(throwable.get());
                }
                return real.send(request);
            }

            @Override
            public void close() {
                // the real transport is the suite's to close
            }
        };
    }

    JsonCodec codec() {
        JsonCodec real = LogisticsClient.defaultJsonCodec();
        return new JsonCodec() {
            @Override
            public byte[] encode(Object value) {
                if (step == Step.ENCODE_THROWS) {
                    throw sneaky(throwable.get());
                }
                return real.encode(value);
            }

            @Override
            public <T> T decode(byte[] json, Class<T> type) {
                return real.decode(json, type);
            }

            @Override
            public <T> DecodedReply<T> decodeReply(byte[] json, Class<T> type) {
                if (step == Step.DECODE_THROWS) {
                    throw sneaky(throwable.get());
                }
                DecodedReply<T> reply = real.decodeReply(json, type);
                if (step != Step.VALUE_THROWS) {
                    return reply;
                }
                return DecodedReply.of(reply.status(), () -> {
                    throw sneaky(throwable.get());
                });
            }
        };
    }

    LogisticsListener listener() {
        return new LogisticsListener() {
            @Override
            public void onCallStarted(CallStarted event) {
                fail(Step.LISTENER_CALL_STARTED);
            }

            @Override
            public void onAttemptFinished(AttemptFinished event) {
                fail(Step.LISTENER_ATTEMPT_FINISHED);
            }

            @Override
            public void onCallFinished(CallFinished event) {
                fail(Step.LISTENER_CALL_FINISHED);
            }

            private void fail(Step at) {
                if (step == at) {
                    throw sneaky(throwable.get());
                }
            }
        };
    }

    ScheduledThreadPoolExecutor scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** Throws any throwable, checked ones included, without declaring it. */
    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** A scheduler whose {@code schedule} throws when the fault is the scheduler's. */
    private final class FailingScheduler extends ScheduledThreadPoolExecutor {

        FailingScheduler() {
            super(1, runnable -> {
                Thread thread = new Thread(runnable, "call-invariant-scheduler");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (step == Step.SCHEDULER_THROWS) {
                throw sneaky(throwable.get());
            }
            return super.schedule(command, delay, unit);
        }
    }
}
