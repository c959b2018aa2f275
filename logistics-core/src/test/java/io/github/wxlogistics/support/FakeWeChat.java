package io.github.wxlogistics.support;

import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A tiny in-memory WeChat for core pipeline tests: issues stable tokens (each fetch rotates the
 * token), accepts only the current one (42001 otherwise), and answers calls asynchronously on
 * the given executor so that callers really run concurrently.
 */
public final class FakeWeChat {

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> current = new AtomicReference<>("none");
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Executor executor;
    private volatile String callReply = "{\"errcode\":0,\"errmsg\":\"ok\",\"order_id\":\"o1\"}";

    public FakeWeChat(Executor executor) {
        this.executor = executor;
    }

    public ScriptedTransport transport() {
        return new ScriptedTransport().otherwiseAsync(r -> CompletableFuture.supplyAsync(() -> answer(r), executor));
    }

    private TransportResponse answer(TransportRequest request) {
        if (request.uri().getPath().equals("/cgi-bin/stable_token")) {
            String token = "TOKEN-" + fetches.incrementAndGet();
            current.set(token);
            return ScriptedTransport.json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
        }
        calls.incrementAndGet();
        String query = request.uri().getQuery();
        if (query == null || !query.equals("access_token=" + current.get())) {
            return ScriptedTransport.json(200, "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
        }
        accepted.incrementAndGet();
        return ScriptedTransport.json(200, callReply);
    }

    /** Calls answered with success. */
    public int accepted() {
        return accepted.get();
    }

    /** Invalidates the current token server-side, as a force refresh elsewhere would. */
    public void rotate() {
        current.set("rotated-" + fetches.get());
    }

    public void callReply(String json) {
        this.callReply = json;
    }

    public int tokenFetches() {
        return fetches.get();
    }

    public int calls() {
        return calls.get();
    }
}
