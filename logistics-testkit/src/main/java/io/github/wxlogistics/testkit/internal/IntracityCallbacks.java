package io.github.wxlogistics.testkit.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends intracity order-status callbacks as WeChat would: one HTTP POST of the JSON body to the
 * order's {@code callback_url}, one at a time and in the order the statuses changed, on a thread of
 * its own (never the thread serving the call that caused them). One attempt each, bounded by a
 * timeout; every attempt is reported to {@code journal} (status, or -1 when the exchange failed).
 */
public final class IntracityCallbacks implements AutoCloseable {

    /** One attempt: where, what, and the HTTP status (-1 when no exchange completed). */
    public record Sent(URI url, String body, int status) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ExecutorService sender = Executors.newSingleThreadExecutor(daemon("fake-wechat-intracity-callback"));
    private final ExecutorService clientThreads = Executors.newCachedThreadPool(daemon("fake-wechat-intracity-http"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(clientThreads).build();
    private final Consumer<Sent> journal;

    /** A sender reporting each attempt to {@code journal}. */
    public IntracityCallbacks(Consumer<Sent> journal) {
        this.journal = journal;
    }

    /** Queues one callback; returns at once. */
    public void send(String url, String body) {
        if (sender.isShutdown()) {
            return;
        }
        sender.execute(() -> deliver(URI.create(url), body));
    }

    private void deliver(URI url, String body) {
        int status;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        } catch (java.io.IOException | RuntimeException e) {
            status = -1;
        }
        journal.accept(new Sent(url, body, status));
    }

    @Override
    public void close() {
        sender.shutdownNow();
        clientThreads.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
