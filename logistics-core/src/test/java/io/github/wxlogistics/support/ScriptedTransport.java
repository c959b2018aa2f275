package io.github.wxlogistics.support;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** An in-memory transport for core tests: records every request and answers from a script. */
public final class ScriptedTransport implements HttpTransport {

    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Function<TransportRequest, CompletableFuture<TransportResponse>>> queued =
            new ConcurrentLinkedQueue<>();
    private volatile Function<TransportRequest, CompletableFuture<TransportResponse>> fallback =
            r -> CompletableFuture.completedFuture(json(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean mayBlock = true;

    public static TransportResponse json(int status, String body) {
        return TransportResponse.of(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers every request not matched by a queued reply. */
    public ScriptedTransport otherwise(Function<TransportRequest, TransportResponse> responder) {
        this.fallback = r -> CompletableFuture.completedFuture(responder.apply(r));
        return this;
    }

    /** Answers every unqueued request asynchronously with this function. */
    public ScriptedTransport otherwiseAsync(Function<TransportRequest, CompletableFuture<TransportResponse>> responder) {
        this.fallback = responder;
        return this;
    }

    /** Answers the next request with this body. */
    public ScriptedTransport enqueue(int status, String body) {
        queued.add(r -> CompletableFuture.completedFuture(json(status, body)));
        return this;
    }

    /** Fails the next request as a dropped connection. */
    public ScriptedTransport enqueueFailure() {
        queued.add(r -> CompletableFuture.failedFuture(TransportException.of("connection reset", null)));
        return this;
    }

    /** Never answers the next request. */
    public ScriptedTransport enqueueStall() {
        queued.add(r -> new CompletableFuture<>());
        return this;
    }

    public ScriptedTransport mayBlock(boolean value) {
        this.mayBlock = value;
        return this;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        var next = queued.poll();
        return (next != null ? next : fallback).apply(request);
    }

    public List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).count();
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public boolean mayBlockCurrentThread() {
        return mayBlock;
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
