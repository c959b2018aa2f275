package io.github.wxlogistics.testkit;

/**
 * Computes the reply to a request {@link FakeWeChatServer} received, as OkHttp's
 * {@code mockwebserver3.Dispatcher} does for {@code MockWebServer}.
 *
 * <p>The server's default dispatcher is the stateful WeChat fake itself
 * ({@link FakeWeChatServer#weChatDispatcher()}): it checks the access token and answers each
 * call from the server's state, as WeChat would. A dispatcher set with
 * {@link FakeWeChatServer.Builder#dispatcher(Dispatcher)} or
 * {@link FakeWeChatServer#setDispatcher(Dispatcher)} replaces it; one set with
 * {@link FakeWeChatServer.Builder#wrapDispatcher} wraps it, delegating what it does not handle:
 * <pre>{@code
 * FakeWeChatServer server = FakeWeChatServer.builder().demoData()
 *         .wrapDispatcher(weChat -> request -> request.operation().equals(Optional.of("getQuota"))
 *                 ? FakeResponse.json(200, "{\"errcode\":0,\"quota_num\":0}")
 *                 : weChat.dispatch(request))
 *         .start();
 * }</pre>
 *
 * <p>Replies queued with {@link FakeWeChatServer#enqueue} come first: the dispatcher answers
 * only the requests no scripted reply claims, and computes the normal reply that a scripted
 * {@link FakeResponse#proceed()}, {@link FakeResponse#truncatedBody()} or
 * {@link FakeResponse#dropConnectionMidBody()} delivers. A dispatcher may itself return any
 * {@link FakeResponse}; those three kinds then stand for the WeChat fake's own reply.
 *
 * <p>Called on the server's threads, for many requests at once: implementations must be
 * thread-safe. A dispatcher that throws or returns {@code null} gets HTTP 500 sent to the client.
 */
@FunctionalInterface
public interface Dispatcher {

    /**
     * The reply to {@code request}.
     *
     * @param request the request, already in the server's journal
     * @return the reply; never {@code null}
     */
    FakeResponse dispatch(RecordedRequest request);
}
