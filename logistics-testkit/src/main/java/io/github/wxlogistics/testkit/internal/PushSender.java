package io.github.wxlogistics.testkit.internal;

import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.internal.push.PushRejectedException;
import io.github.wxlogistics.internal.push.PushSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Delivers pushes as WeChat does: signed with the recipient's Token ({@code signature}, and in
 * compatible and safe mode {@code msg_signature} over the encrypted packet), in the recipient's
 * format, re-sent when no answer comes within the timeout, up to a number of attempts. Courier
 * pushes are answered with a reply packet, checked and decrypted here; merchant pushes with any
 * 2xx. Every attempt is reported to the journal. Uses a {@link HttpClient} on an executor it owns;
 * every wait is bounded by the timeout. Thread-safe.
 */
public final class PushSender implements AutoCloseable {

    private final Clock clock;
    private final Duration timeout;
    private final int attempts;
    private final Consumer<PushAttempt> journal;
    private final ExecutorService httpExecutor;
    private final ExecutorService merchantQueue;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    /**
     * A sender.
     *
     * @param clock        the timestamps of pushes
     * @param timeout      how long one attempt waits for its answer
     * @param attempts     how many times a push is delivered at most
     * @param journal      told of every attempt
     * @param threadPrefix names the sender's threads
     */
    public PushSender(Clock clock, Duration timeout, int attempts, Consumer<PushAttempt> journal, String threadPrefix) {
        this.clock = clock;
        this.timeout = timeout;
        this.attempts = attempts;
        this.journal = journal;
        this.httpExecutor = Executors.newCachedThreadPool(daemons(threadPrefix + "-push-http"));
        this.merchantQueue = Executors.newSingleThreadExecutor(daemons(threadPrefix + "-push-merchant"));
        this.http = HttpClient.newBuilder().executor(httpExecutor).connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Delivers a push that expects a reply packet, and waits for it: at most the number of
     * attempts times the timeout.
     *
     * @return the reply's top-level text fields; empty when no attempt got a readable answer
     */
    public Optional<Map<String, String>> exchange(String recipient, PushTarget target, String event,
            PushPacket packet) {
        return deliver(recipient, target, event, packet, true);
    }

    /**
     * Delivers a message that is not a logistics event and waits for its answer, whatever it is:
     * {@code success}, an empty body or a passive reply packet (checked and decrypted).
     *
     * @return the last attempt
     */
    public PushAttempt message(String recipient, PushTarget target, String event, PushPacket packet) {
        PushAttempt last = null;
        for (int attempt = 1; attempt <= attempts && !Thread.currentThread().isInterrupted(); attempt++) {
            last = attempt(recipient, target, event, packet, Expect.ANY, attempt);
            journal.accept(last);
            if (last.outcome() == PushAttempt.Result.ANSWERED || last.outcome() == PushAttempt.Result.BAD_REPLY) {
                break;
            }
        }
        return last;
    }

    /** What a push expects back. */
    private enum Expect { SUCCESS, PACKET, ANY }

    /** Queues a push that expects {@code success}; pushes are delivered one after another, in order. */
    public void post(String recipient, PushTarget target, String event, PushPacket packet) {
        try {
            merchantQueue.execute(() -> {
                try {
                    deliver(recipient, target, event, packet, false);
                } catch (RuntimeException e) {
                    // Nobody waits for a merchant push; a failure here is the fake's own and ends only this push.
                    System.getLogger("io.github.wxlogistics.testkit").log(System.Logger.Level.WARNING,
                            "could not deliver " + event + " to the merchant", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // The server is closing; WeChat would not push either.
        }
    }

    private Optional<Map<String, String>> deliver(String recipient, PushTarget target, String event, PushPacket packet,
            boolean expectsPacket) {
        for (int attempt = 1; attempt <= attempts && !Thread.currentThread().isInterrupted(); attempt++) {
            PushAttempt result = attempt(recipient, target, event, packet, expectsPacket ? Expect.PACKET : Expect.SUCCESS,
                    attempt);
            journal.accept(result);
            if (result.outcome() == PushAttempt.Result.ANSWERED) {
                return Optional.of(result.replyFields());
            }
            if (result.outcome() == PushAttempt.Result.BAD_REPLY) {
                // An answer came; re-sending would not make it readable.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private PushAttempt attempt(String recipient, PushTarget target, String event, PushPacket packet,
            Expect expect, int attempt) {
        String plain = packet.render(target.json());
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Long.toString(random.nextLong(1_000_000_000L, 10_000_000_000L));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("signature", PushSignature.sign(target.token(), timestamp, nonce));
        query.put("timestamp", timestamp);
        query.put("nonce", nonce);
        String body = plain;
        if (target.mode() != PushMode.PLAINTEXT) {
            String encrypt = target.crypto().encrypt(plain);
            query.put("encrypt_type", "aes");
            query.put("msg_signature", PushSignature.signMessage(target.token(), timestamp, nonce, encrypt));
            body = target.mode() == PushMode.SAFE
                    ? PushPacket.builder().text(target.outerName(), target.toUserName()).text("Encrypt", encrypt).build()
                            .render(target.json())
                    : packet.with("Encrypt", encrypt).render(target.json());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> sent = Collections.unmodifiableMap(query);
        Sent out = new Sent(recipient, event, target, packet, attempt, sent, plain, bytes);
        HttpRequest request = HttpRequest.newBuilder(withQuery(target.url(), query)).timeout(timeout)
                .header("Content-Type", target.json() ? "application/json; charset=utf-8" : "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return out.result(PushAttempt.Result.TIMED_OUT, 0, "");
        } catch (ExecutionException e) {
            PushAttempt.Result outcome = e.getCause() instanceof HttpTimeoutException
                    ? PushAttempt.Result.TIMED_OUT : PushAttempt.Result.FAILED;
            return out.result(outcome, 0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            return out.result(PushAttempt.Result.FAILED, 0, "");
        }
        int status = response.statusCode();
        String replyText = new String(response.body(), StandardCharsets.UTF_8);
        if (status < 200 || status > 299) {
            return out.result(PushAttempt.Result.REFUSED, status, replyText);
        }
        if (expect == Expect.SUCCESS || expect == Expect.ANY && (replyText.isBlank() || replyText.strip().equals("success"))) {
            return out.result(PushAttempt.Result.ANSWERED, status, replyText);
        }
        try {
            boolean encrypted = PacketReader.textFields(response.body()).containsKey("Encrypt");
            String inner = open(target, response.body());
            return out.opened(status, inner, PacketReader.textFields(inner.getBytes(StandardCharsets.UTF_8)),
                    encrypted ? PushAttempt.ReplyCheck.VERIFIED : PushAttempt.ReplyCheck.PLAIN);
        } catch (IllegalArgumentException | PushRejectedException e) {
            return out.result(PushAttempt.Result.BAD_REPLY, status, replyText, PushAttempt.ReplyCheck.FAILED);
        }
    }

    /**
     * The plaintext of a reply packet: an encrypted one ({@code Encrypt}, {@code MsgSignature},
     * {@code TimeStamp}, {@code Nonce}) is checked and decrypted; a plain one is taken as it is,
     * except in safe mode, which needs an encrypted reply.
     */
    private static String open(PushTarget target, byte[] reply) {
        Map<String, String> outer = PacketReader.textFields(reply);
        String encrypt = outer.get("Encrypt");
        if (encrypt == null) {
            if (target.mode() == PushMode.SAFE) {
                throw new IllegalArgumentException("a safe-mode reply must be encrypted");
            }
            return new String(reply, StandardCharsets.UTF_8);
        }
        if (target.crypto() == null) {
            throw new IllegalArgumentException("an encrypted reply in plaintext mode");
        }
        String expected = PushSignature.signMessage(target.token(), outer.getOrDefault("TimeStamp", ""),
                outer.getOrDefault("Nonce", ""), encrypt);
        if (!PushSignature.matches(expected, outer.get("MsgSignature"))) {
            throw new IllegalArgumentException("the reply's MsgSignature does not match");
        }
        return target.crypto().decrypt(encrypt);
    }

    /** One attempt as it went out, to report with what came back. */
    private record Sent(String recipient, String event, PushTarget target, PushPacket packet, int attempt,
            Map<String, String> query, String plain, byte[] body) {

        PushAttempt result(PushAttempt.Result outcome, int status, String reply) {
            return result(outcome, status, reply, PushAttempt.ReplyCheck.NONE);
        }

        PushAttempt result(PushAttempt.Result outcome, int status, String reply, PushAttempt.ReplyCheck check) {
            return new PushAttempt(recipient, event, target.url(), attempt, query, plain, body, outcome, status, reply,
                    Map.of(), check, target, packet);
        }

        PushAttempt opened(int status, String reply, Map<String, String> fields, PushAttempt.ReplyCheck check) {
            return new PushAttempt(recipient, event, target.url(), attempt, query, plain, body,
                    PushAttempt.Result.ANSWERED, status, reply, fields, check, target, packet);
        }
    }

    private static URI withQuery(URI url, Map<String, String> query) {
        StringBuilder out = new StringBuilder(url.toString());
        out.append(url.getRawQuery() == null ? '?' : '&');
        query.forEach((name, value) -> out.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        out.setLength(out.length() - 1);
        return URI.create(out.toString());
    }

    /** Stops delivering: queued merchant pushes are dropped, waiting ones cut short. */
    @Override
    public void close() {
        merchantQueue.shutdownNow();
        httpExecutor.shutdownNow();
    }
}
