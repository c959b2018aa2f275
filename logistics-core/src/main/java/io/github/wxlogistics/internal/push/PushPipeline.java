package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushAnswer;
import io.github.wxlogistics.event.PushEvent;
import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushMessage;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushRequest;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.spi.DuplicateClaim;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.spi.LogisticsListener;
import jakarta.json.spi.JsonProvider;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One push from request to response: method, size, verification, routing, deduplication, the
 * handler under a deadline, and the reply packet (encrypted in safe mode). Never throws for a
 * request: every outcome is a {@link PushResponse}. Thread-safe.
 */
public final class PushPipeline {

    private static final System.Logger LOG = System.getLogger("io.github.wxlogistics.event");
    private static final String SUCCESS = "success";

    private final PushSettings settings;
    private final PushVerifier verifier;
    private final ReplyWriter writer;

    private PushPipeline(PushSettings settings, PushVerifier verifier, ReplyWriter writer) {
        this.settings = settings;
        this.verifier = verifier;
        this.writer = writer;
    }

    /** A pipeline; looks the JSON-P provider up once. */
    public static PushPipeline create(PushSettings settings) {
        JsonProvider json = JsonProvider.provider();
        PushVerifier verifier = new PushVerifier(settings.token(), settings.crypto(), settings.mode(), settings.clock(),
                settings.timestampWindow(), PushBodies.create());
        return new PushPipeline(settings, verifier, new ReplyWriter(json));
    }

    /** Handles one request; the stage always completes normally, within the handler deadline. */
    public CompletionStage<PushResponse> handle(PushRequest request) {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        Trace trace = new Trace();
        if (settings.listener().isEmpty()) {
            return handle(request, started, trace);
        }
        LogisticsListener.Key key = new LogisticsListener.Key();
        settings.listener().onPushReceived(new LogisticsListener.PushReceived(key,
                request.method().toUpperCase(Locale.ROOT)));
        // The returned stage completes after the listener ran, so the adapter answers after the event.
        return handle(request, started, trace).thenApply(response -> {
            settings.listener().onPushAnswered(new LogisticsListener.PushAnswered(key, trace.eventType,
                    outcome(response.status()), response.status(), trace.duplicate,
                    Duration.ofNanos(System.nanoTime() - started)));
            return response;
        });
    }

    private CompletionStage<PushResponse> handle(PushRequest request, long started, Trace trace) {
        try {
            String method = request.method().toUpperCase(Locale.ROOT);
            if (method.equals("GET")) {
                trace.eventType = "url_check";
                return done(PushResponse.text(verifier.urlCheck(request.query())));
            }
            if (!method.equals("POST")) {
                return done(PushResponse.status(405));
            }
            if (request.body().length > settings.maxBodyBytes()) {
                throw new PushRejectedException(PushRejectedException.Reason.TOO_LARGE, "the body is "
                        + request.body().length + " bytes, over the limit of " + settings.maxBodyBytes());
            }
            PushBodies.Parsed push = verifier.push(request);
            String name = EventDecoder.eventName(push.fields());
            Route<?, ?> route = settings.routes().get(name);
            if (route == null) {
                trace.eventType = settings.fallback() != null ? "fallback" : "unhandled";
                if (settings.fallback() != null) {
                    return fallback(push, started);
                }
                LOG.log(Level.INFO, "no handler for event {0}; answered success", printable(name));
                return done(PushResponse.text(SUCCESS));
            }
            trace.eventType = route.name();
            return run(route, push, started, trace);
        } catch (PushRejectedException e) {
            LOG.log(Level.WARNING, "refused a push: {0}", e.getMessage());
            return done(PushResponse.status(status(e.reason())));
        } catch (RuntimeException e) {
            // A bug or a broken platform; the adapter still gets an answer.
            LOG.log(Level.WARNING, "could not handle a push; answered 500", e);
            return done(PushResponse.status(500));
        }
    }

    private <E extends PushEvent<R>, R> CompletionStage<PushResponse> run(Route<E, R> route, PushBodies.Parsed push,
            long started, Trace trace) {
        E event = route.decode(push.fields());
        String key = route.dedupKey(event);
        Supplier<CompletableFuture<byte[]>> work = () -> invoke(route, event, push.format());
        CompletableFuture<byte[]> content = key == null ? work.get() : deduplicated(key, work, trace);
        return withDeadline(route.name(), content, started, () -> outcome(route, content, push.format()));
    }

    /** Hands a message no typed handler takes to the fallback, under the same deadline. */
    private CompletionStage<PushResponse> fallback(PushBodies.Parsed push, long started) {
        PushMessage message = new PushMessage(EventDecoder.envelope(push.fields()), push.fields(), push.format(),
                new String(push.bytes(), StandardCharsets.UTF_8));
        String label = "fallback for " + printable(message.msgType()) + "/" + printable(EventDecoder.eventName(
                push.fields()));
        CompletableFuture<PushAnswer> answer = new CompletableFuture<>();
        try {
            Objects.requireNonNull(settings.fallback().invoke(message, settings.executor()),
                    "the fallback returned no stage").whenComplete((reply, error) -> settle(answer, reply, error));
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
        return withDeadline(label, answer, started, () -> {
            try {
                return answer(Objects.requireNonNull(answer.join(), "the fallback completed with null: complete it with"
                        + " PushAnswer.success(), PushAnswer.empty() or PushAnswer.packet(...)"), push.format());
            } catch (RuntimeException e) {
                return failed(label, e);
            }
        });
    }

    /** The response for the fallback's answer. */
    private PushResponse answer(PushAnswer answer, PushFormat format) {
        if (answer instanceof PushAnswer.Packet packet) {
            return packet(packet.plaintext().getBytes(StandardCharsets.UTF_8), format);
        }
        return answer instanceof PushAnswer.Empty ? PushResponse.text("") : PushResponse.text(SUCCESS);
    }

    /**
     * Completes with {@code outcome} once {@code content} completes, or with 503 at the handler
     * deadline (then cancelling {@code content}, which leaves the handler itself alone).
     */
    private CompletionStage<PushResponse> withDeadline(String label, CompletableFuture<?> content, long started,
            Supplier<PushResponse> outcome) {
        if (content.isDone()) {
            // A re-sent push answered from the store: no timer needed.
            return done(outcome.get());
        }
        CompletableFuture<PushResponse> out = new CompletableFuture<>();
        long remaining = settings.handlerDeadline().toNanos() - (System.nanoTime() - started);
        ScheduledFuture<?> timer;
        try {
            timer = settings.scheduler().schedule(() -> {
                if (!out.isDone()) {
                    // Logged first, so the line is there once the adapter sees the answer.
                    LOG.log(Level.WARNING, "{0}: no reply within {1} ms; answered 503 so WeChat re-sends",
                            label, String.valueOf(settings.handlerDeadline().toMillis()));
                    out.complete(PushResponse.status(503));
                    content.cancel(false);
                }
            }, remaining, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, label + ": the deadline scheduler refused work; answered 503", e);
            content.cancel(false);
            return done(PushResponse.status(503));
        }
        content.whenComplete((bytes, error) -> {
            timer.cancel(false);
            if (!out.isDone()) {
                out.complete(outcome.get());
            }
        });
        return out;
    }

    /** The handler's reply as packet bytes (or {@code success}); a new stage, so cancelling it leaves the handler alone. */
    private <E extends PushEvent<R>, R> CompletableFuture<byte[]> invoke(Route<E, R> route, E event, PushFormat format) {
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        CompletionStage<R> stage;
        try {
            stage = Objects.requireNonNull(route.handler().invoke(event, settings.executor()),
                    "the handler returned no stage");
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
            return out;
        }
        stage.whenComplete((reply, error) -> {
            if (error != null) {
                out.completeExceptionally(error);
                return;
            }
            try {
                out.complete(route.repliesWithPacket() ? writer.write(format, route.packet(event, reply, now()))
                        : SUCCESS.getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        });
        return out;
    }

    /**
     * Runs {@code work} only if this delivery owns the key; otherwise relays the first delivery's
     * reply, stored or still to come. The owner records the result whatever the deadline did.
     */
    private CompletableFuture<byte[]> deduplicated(String key, Supplier<CompletableFuture<byte[]>> work, Trace trace) {
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        CompletionStage<DuplicateClaim> claim;
        try {
            claim = Objects.requireNonNull(settings.duplicateStore().claim(key), "the duplicate store returned no stage");
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
            return out;
        }
        claim.whenComplete((found, error) -> {
            if (error != null || found == null) {
                out.completeExceptionally(error != null ? error : new NullPointerException("no claim"));
            } else if (found instanceof DuplicateClaim.Answered answered) {
                trace.duplicate = true;
                LOG.log(Level.DEBUG, "a re-sent push got the first reply again");
                out.complete(answered.reply());
            } else if (found instanceof DuplicateClaim.Pending pending) {
                trace.duplicate = true;
                relay(pending.reply(), out);
                out.whenComplete((bytes, e) -> {
                    if (out.isCancelled()) {
                        cancel(pending.reply());
                    }
                });
            } else {
                DuplicateClaim.Owner owner = (DuplicateClaim.Owner) found;
                // Answered only once the outcome is recorded, so a re-send right after the answer finds it.
                work.get().whenComplete((bytes, failure) -> record(key, owner, bytes, failure)
                        .thenRun(() -> settle(out, bytes, failure)));
            }
        });
        return out;
    }

    /** Stores the reply or frees the key; the stage never fails (a store failure is logged). */
    private CompletionStage<Void> record(String key, DuplicateClaim.Owner owner, byte[] reply, Throwable failure) {
        CompletableFuture<Void> recorded = new CompletableFuture<>();
        try {
            CompletionStage<Void> stored = failure == null ? settings.duplicateStore().complete(key, owner, reply)
                    : settings.duplicateStore().abandon(key, owner);
            stored.whenComplete((v, e) -> {
                if (e != null) {
                    LOG.log(Level.WARNING, "the duplicate store could not record a push's outcome", e);
                }
                recorded.complete(null);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the duplicate store could not record a push's outcome", e);
            recorded.complete(null);
        }
        return recorded;
    }

    /** The response for a completed content stage; a failure is logged and answered 500 or 503. */
    private PushResponse outcome(Route<?, ?> route, CompletableFuture<byte[]> content, PushFormat format) {
        try {
            return respond(route, content.join(), format);
        } catch (RuntimeException e) {
            // join() wraps a failure in CompletionException; failed() looks inside.
            return failed(route.name(), e);
        }
    }

    /** A handler that failed or could not run, logged and answered 500 or 503. */
    private static PushResponse failed(String label, Throwable failure) {
        int status = status(failure);
        Throwable cause = unwrap(failure);
        if (cause instanceof RejectedExecutionException) {
            // Overload, not a bug: no stack trace (it would be written on the server's thread for every push).
            LOG.log(Level.WARNING, label + ": no reply, answered " + status + ": the handler executor refused"
                    + " the push (every handler thread busy, or the receiver closed); WeChat re-sends it");
        } else {
            LOG.log(Level.WARNING, label + ": no reply, answered " + status, cause);
        }
        return PushResponse.status(status);
    }

    private PushResponse respond(Route<?, ?> route, byte[] content, PushFormat format) {
        if (!route.repliesWithPacket()) {
            return PushResponse.text(SUCCESS);
        }
        return packet(content, format);
    }

    /** A reply packet as sent: as it is, or encrypted in safe mode. */
    private PushResponse packet(byte[] content, PushFormat format) {
        if (settings.mode() != PushMode.SAFE) {
            return PushResponse.of(200, format.contentType(), content);
        }
        // Encrypted afresh for every delivery: a re-sent push gets the same packet under a new prefix and nonce.
        String encrypt = settings.crypto().encrypt(new String(content, StandardCharsets.UTF_8));
        long timestamp = now();
        String nonce = Long.toString(settings.random().nextLong(1_000_000_000L, 10_000_000_000L));
        String signature = PushSignature.signMessage(settings.token(), Long.toString(timestamp), nonce, encrypt);
        return PushResponse.of(200, format.contentType(),
                writer.encrypted(format, encrypt, signature, timestamp, nonce));
    }

    private long now() {
        return settings.clock().instant().getEpochSecond();
    }

    private static void relay(CompletionStage<byte[]> from, CompletableFuture<byte[]> to) {
        from.whenComplete((bytes, failure) -> settle(to, bytes, failure));
    }

    private static <T> void settle(CompletableFuture<T> to, T bytes, Throwable failure) {
        if (failure != null) {
            to.completeExceptionally(failure);
        } else {
            to.complete(bytes);
        }
    }

    private static void cancel(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().cancel(false);
        } catch (UnsupportedOperationException e) {
            // A stage that cannot be cancelled is left to the store's own expiry.
        }
    }

    private static CompletionStage<PushResponse> done(PushResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    private static int status(PushRejectedException.Reason reason) {
        return switch (reason) {
            case MALFORMED -> 400;
            case TOO_LARGE -> 413;
            case SIGNATURE, TIMESTAMP, DECRYPTION, APP_ID -> 401;
        };
    }

    private static int status(Throwable failure) {
        return unwrap(failure) instanceof RejectedExecutionException ? 503 : 500;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static ListenerOutcome outcome(int status) {
        if (status == 200) {
            return ListenerOutcome.SUCCESS;
        }
        return switch (status) {
            case 500 -> ListenerOutcome.HANDLER_ERROR;
            case 503 -> ListenerOutcome.TIMEOUT;
            default -> status >= 400 && status < 500 ? ListenerOutcome.REJECTED : ListenerOutcome.OTHER;
        };
    }

    /** What the listener learns about one push on its way through; written before the answer completes. */
    private static final class Trace {
        volatile String eventType = "unknown";
        volatile boolean duplicate;
    }

    /** The event name if it looks like one, so a hostile value cannot forge log lines. */
    private static String printable(String name) {
        return name != null && name.matches("[A-Za-z0-9_]{1,64}") ? name : "(unrecognised)";
    }
}
