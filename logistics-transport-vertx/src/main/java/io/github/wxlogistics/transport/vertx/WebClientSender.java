package io.github.wxlogistics.transport.vertx;

import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends exchanges through the application's {@link WebClient}, with its public API: a
 * {@link HttpRequest} per exchange ({@code request(method, port, host, uri)}, {@code ssl}, {@code putHeader},
 * {@code followRedirects(false)}, {@code connectTimeout}, {@code idleTimeout}, {@code sendBuffer}
 * or {@code send}), so the client's own configuration (proxy, TLS, user agent, tracing, metrics,
 * interceptors) applies to every call.
 *
 * <p>The one thing Web Client's public API cannot do is abort an exchange in flight: neither
 * {@link HttpRequest} nor the {@link Future} it returns gives access to the underlying
 * {@link HttpClientRequest} or a way to cancel it, and its timeouts are fixed before sending.
 * The port's contract needs it (a cancelled or timed-out exchange closes its connection at once).
 * This class covers it with the client's interceptor hook, {@code WebClientInternal.addInterceptor},
 * the same on Vert.x 4.5 and 5 but in the {@code io.vertx.ext.web.client.impl} package: one
 * interceptor per transport, which looks only at this transport's own requests (recognised by
 * identity) in the {@code SEND_REQUEST} phase and records their {@link HttpClientRequest}, so an
 * abort can reset it. It is looked up reflectively once, when the transport is built; where it is
 * not accessible (Vert.x 5 on the module path without
 * {@code --add-exports io.vertx.web.client/io.vertx.ext.web.client.impl=io.github.wxlogistics.transport.vertx},
 * or a {@link WebClient} that is not Vert.x's own implementation) building fails with that
 * advice, rather than running with cancellation that does not abort.
 */
final class WebClientSender {

    private static final String IMPL = "io.vertx.ext.web.client.impl.";

    private final WebClient client;
    private final Map<HttpRequest<?>, Exchange> pending = new ConcurrentHashMap<>();

    private WebClientSender(WebClient client) {
        this.client = client;
    }

    /**
     * A sender through {@code client}, with its interceptor installed.
     *
     * @throws IllegalStateException if the interceptor hook is not accessible
     */
    static WebClientSender on(WebClient client) {
        WebClientSender sender = new WebClientSender(client);
        Hook hook = Hook.find(client);
        hook.install(client, sender::intercept);
        return sender;
    }

    /** Sends {@code exchange} with the request options the transport computed. */
    Future<TransportResponse> send(Exchange exchange, RequestOptions options) {
        TransportRequest request = exchange.request;
        long timeoutMillis = options.getConnectTimeout();
        HttpRequest<Buffer> httpRequest = client.request(options.getMethod(), options.getPort(), options.getHost(),
                        options.getURI())
                .ssl(options.isSsl())
                .followRedirects(false)
                .connectTimeout(timeoutMillis)
                .idleTimeout(timeoutMillis);
        request.headers().forEach(httpRequest::putHeader);
        pending.put(httpRequest, exchange);
        exchange.result.whenComplete((response, failure) -> pending.remove(httpRequest));
        Future<HttpResponse<Buffer>> sent = VertxHttpTransport.mayHaveBody(request)
                ? httpRequest.sendBuffer(Buffer.buffer(request.body()))
                : httpRequest.send();
        return sent.map(WebClientSender::toTransportResponse);
    }

    /** The interceptor: records this transport's requests as they are about to be written. */
    private void intercept(Hook.Context context) {
        if (context.isSendPhase()) {
            Exchange exchange = pending.get(context.request());
            if (exchange != null) {
                HttpClientRequest httpRequest = context.clientRequest();
                if (!exchange.attach(httpRequest, Vertx.currentContext())) {
                    httpRequest.reset(); // aborted while waiting for a connection: never written
                    context.fail(new CancellationException("aborted before the request was written"));
                    return;
                }
            }
        }
        context.next();
    }

    private static TransportResponse toTransportResponse(HttpResponse<Buffer> response) {
        MultiMap source = response.headers();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : source.names()) {
            headers.put(name, source.getAll(name));
        }
        Buffer body = response.body();
        return new TransportResponse(response.statusCode(), headers, body == null ? new byte[0] : body.getBytes());
    }

    /** Web Client's interceptor hook, reached through method handles found once. */
    private record Hook(MethodHandle addInterceptor, Object sendPhase, MethodHandle phase, MethodHandle request,
            MethodHandle clientRequest, MethodHandle next, MethodHandle fail) {

        // Every handle but addInterceptor is adapted once to (Object)Object or (Object)void, for invokeExact.
        private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

        static Hook find(WebClient client) {
            try {
                Class<?> internal = Class.forName(IMPL + "WebClientInternal", false, WebClient.class.getClassLoader());
                Class<?> context = Class.forName(IMPL + "HttpContext", false, WebClient.class.getClassLoader());
                Class<?> phase = Class.forName(IMPL + "ClientPhase", false, WebClient.class.getClassLoader());
                if (!internal.isInstance(client)) {
                    throw new IllegalStateException("the WebClient " + client.getClass().getName()
                            + " is not Vert.x's own implementation (WebClient.create or WebClient.wrap), so the"
                            + " transport cannot reach its interceptor hook to abort cancelled exchanges");
                }
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object sendPhase = Enum.valueOf((Class) phase, "SEND_REQUEST");
                return new Hook(
                        lookup.findVirtual(internal, "addInterceptor", MethodType.methodType(internal, Handler.class)),
                        sendPhase,
                        lookup.findVirtual(context, "phase", MethodType.methodType(phase)).asType(GETTER),
                        lookup.findVirtual(context, "request", MethodType.methodType(HttpRequest.class)).asType(GETTER),
                        lookup.findVirtual(context, "clientRequest", MethodType.methodType(HttpClientRequest.class))
                                .asType(GETTER),
                        lookup.findVirtual(context, "next", MethodType.methodType(void.class))
                                .asType(MethodType.methodType(void.class, Object.class)),
                        lookup.findVirtual(context, "fail", MethodType.methodType(boolean.class, Throwable.class))
                                .asType(MethodType.methodType(boolean.class, Object.class, Throwable.class)));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalStateException("the transport cannot reach Web Client's interceptor hook ("
                        + IMPL + "WebClientInternal.addInterceptor), which it needs to abort cancelled and timed-out"
                        + " exchanges; on the module path with Vert.x 5 add the JVM option --add-exports"
                        + " io.vertx.web.client/io.vertx.ext.web.client.impl=io.github.wxlogistics.transport.vertx"
                        + " (failed with " + e.getClass().getName() + ")", e);
            }
        }

        void install(WebClient client, java.util.function.Consumer<Context> interceptor) {
            Handler<Object> handler = raw -> interceptor.accept(new Context(this, raw));
            try {
                addInterceptor.invoke(client, handler);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("installing the transport's interceptor failed", e);
            }
        }

        /** One {@code HttpContext}, seen through the hook. */
        record Context(Hook hook, Object raw) {

            boolean isSendPhase() {
                return call(hook.phase) == hook.sendPhase;
            }

            Object request() {
                return call(hook.request);
            }

            HttpClientRequest clientRequest() {
                return (HttpClientRequest) call(hook.clientRequest);
            }

            void next() {
                try {
                    hook.next.invokeExact(raw);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }

            void fail(Throwable cause) {
                try {
                    boolean failed = (boolean) hook.fail.invokeExact(raw, cause);   // false: it had failed already
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }

            private Object call(MethodHandle getter) {
                try {
                    return (Object) getter.invokeExact(raw);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
