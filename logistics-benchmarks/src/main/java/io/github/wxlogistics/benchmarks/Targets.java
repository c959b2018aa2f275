package io.github.wxlogistics.benchmarks;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.express.WxMaExpressPath;
import cn.binarywang.wx.miniapp.bean.express.request.WxMaExpressGetOrderRequest;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.internal.json.JsonbCodec;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.spi.DecodedReply;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.transport.apache.ApacheHttpTransport;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import io.github.wxlogistics.transport.vertx.VertxHttpTransport;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import me.chanjar.weixin.common.util.http.apache.ApacheHttpClientBuilder;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/** The harness's targets by name: raw engines, raw + decode, our clients on each transport, and WxJava. */
public final class Targets {

    /** Every target, in the order the harness runs and prints them. */
    public static final List<String> ALL = List.of(
            "raw-jdk-send", "raw-jdk-sendAsync", "raw-jdk-send+jsonb",
            "ours-jdk-blocking", "ours-jdk-async",
            "raw-vertx", "raw-vertx-blocking", "ours-vertx-blocking", "ours-vertx-async",
            "raw-webclient", "raw-webclient-blocking", "ours-webclient-blocking", "ours-webclient-async",
            "raw-apache", "raw-apache-blocking", "ours-apache-blocking", "ours-apache-async",
            "wxjava-default", "wxjava-pool256");

    /** Which raw engine each of our clients runs on, for the ratios. */
    public static final Map<String, String> RAW_ENGINE = Map.of(
            "ours-jdk-blocking", "raw-jdk-send", "ours-jdk-async", "raw-jdk-sendAsync",
            "ours-vertx-blocking", "raw-vertx-blocking", "ours-vertx-async", "raw-vertx",
            "ours-webclient-blocking", "raw-webclient-blocking", "ours-webclient-async", "raw-webclient",
            "ours-apache-blocking", "raw-apache-blocking", "ours-apache-async", "raw-apache");

    private static final String PATH = "/cgi-bin/express/business/path/get";
    private static final String APP_ID = "wxbench0123456789";
    private static final String SECRET = "bench-secret";

    private Targets() {
    }

    /**
     * Opens a target against the loopback server.
     *
     * @param name one of {@link #ALL}
     * @param port the loopback server's port
     * @return the target, ready for calls
     */
    public static Target open(String name, int port) {
        URI base = URI.create("http://127.0.0.1:" + port);
        return switch (name) {
            case "raw-jdk-send" -> rawJdk(base, false, false);
            case "raw-jdk-sendAsync" -> rawJdk(base, true, false);
            case "raw-jdk-send+jsonb" -> rawJdk(base, false, true);
            case "ours-jdk-blocking" -> ours(base, JdkHttpTransport::create, false);
            case "ours-jdk-async" -> ours(base, JdkHttpTransport::create, true);
            case "raw-vertx" -> rawVertx(port);
            case "raw-vertx-blocking" -> blocking(rawVertx(port));
            case "ours-vertx-blocking" -> ours(base, VertxHttpTransport::create, false);
            case "ours-vertx-async" -> ours(base, VertxHttpTransport::create, true);
            case "raw-webclient" -> rawWebClient(port);
            case "raw-webclient-blocking" -> blocking(rawWebClient(port));
            case "ours-webclient-blocking" -> oursOnWebClient(base, false);
            case "ours-webclient-async" -> oursOnWebClient(base, true);
            case "raw-apache" -> rawApache(base);
            case "raw-apache-blocking" -> blocking(rawApache(base));
            case "ours-apache-blocking" -> ours(base, ApacheHttpTransport::create, false);
            case "ours-apache-async" -> ours(base, ApacheHttpTransport::create, true);
            case "wxjava-default" -> wxJava(base, 0);
            case "wxjava-pool256" -> wxJava(base, 256);
            default -> throw new IllegalArgumentException("no target " + name);
        };
    }

    /** A non-blocking engine driven by blocking callers, each waiting for its call: the baseline of a blocking facade. */
    private static Target blocking(Target async) {
        return new Target() {
            @Override
            public boolean async() {
                return false;
            }

            @Override
            public void call() throws Exception {
                async.callAsync().get(10, TimeUnit.SECONDS);
            }

            @Override
            public CompletableFuture<?> callAsync() {
                return async.callAsync();
            }

            @Override
            public void close() {
                async.close();
            }
        };
    }

    private static URI pathUri(URI base) {
        return URI.create(base + PATH + "?access_token=" + StaticServer.TOKEN);
    }

    private static byte[] requestBody() {
        return JsonbCodec.create().encode(Seeds.getPathRequest());
    }

    private static void checkBody(int status, byte[] body, int expectedLength) {
        if (status != 200 || body.length != expectedLength) {
            throw new IllegalStateException("wrong reply: status " + status + ", " + body.length + " bytes");
        }
    }

    private static void checkPath(GetPathResponse path) {
        if (path.pathItemNum() != Seeds.PATH_ITEMS || path.pathItemList().size() != Seeds.PATH_ITEMS) {
            throw new IllegalStateException("wrong reply: " + path.pathItemNum() + " path items");
        }
    }

    private static Target rawJdk(URI base, boolean async, boolean decode) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(pathUri(base))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody())).build();
        int expected = Seeds.getPathReply().length;
        JsonbCodec codec = JsonbCodec.create();
        return new Target() {
            @Override
            public boolean async() {
                return async;
            }

            @Override
            public void call() throws Exception {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                checkBody(response.statusCode(), response.body(), expected);
                if (decode) {
                    DecodedReply<GetPathResponse> reply = codec.decodeReply(response.body(), GetPathResponse.class);
                    if (!reply.status().isOk()) {
                        throw new IllegalStateException("errcode " + reply.status());
                    }
                    checkPath(reply.value());
                }
            }

            @Override
            public CompletableFuture<?> callAsync() {
                return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenAccept(response ->
                        checkBody(response.statusCode(), response.body(), expected));
            }

            @Override
            public void close() {
                // Java 17's HttpClient has no close(); it is collected once unreferenced.
            }
        };
    }

    private static Target ours(URI base, Supplier<HttpTransport> transports, boolean async) {
        HttpTransport transport = transports.get();
        LogisticsClient client = LogisticsClient.builder().credentials(APP_ID, SECRET).baseUri(base).transport(transport)
                .build();
        GetPathRequest request = Seeds.getPathRequest();
        return new Target() {
            @Override
            public boolean async() {
                return async;
            }

            @Override
            public void call() {
                checkPath(client.merchant().getPath(request));
            }

            @Override
            public CompletableFuture<?> callAsync() {
                return client.async().merchant().getPath(request).thenAccept(Targets::checkPath);
            }

            @Override
            public void close() {
                client.close();
                transport.close();
            }
        };
    }

    /**
     * Ours on an application's Web Client (pool of {@value VertxHttpTransport#DEFAULT_MAX_POOL_SIZE},
     * as the transport's own HTTP client), its Vert.x closed with the target.
     */
    private static Target oursOnWebClient(URI base, boolean async) {
        Vertx vertx = Vertx.vertx();
        WebClient web = WebClient.wrap(vertx.createHttpClient(new HttpClientOptions(),
                new PoolOptions().setHttp1MaxSize(VertxHttpTransport.DEFAULT_MAX_POOL_SIZE)));
        Target ours = ours(base, () -> VertxHttpTransport.builder().webClient(web).build(), async);
        return new Target() {
            @Override
            public boolean async() {
                return async;
            }

            @Override
            public void call() throws Exception {
                ours.call();
            }

            @Override
            public CompletableFuture<?> callAsync() {
                return ours.callAsync();
            }

            @Override
            public void close() {
                ours.close();
                web.close();
                closeVertx(vertx);
            }
        };
    }

    /** Vert.x's Web Client (pool 64), reply bytes only, driven non-blocking. */
    private static Target rawWebClient(int port) {
        Vertx vertx = Vertx.vertx();
        WebClient web = WebClient.wrap(vertx.createHttpClient(new HttpClientOptions(),
                new PoolOptions().setHttp1MaxSize(VertxHttpTransport.DEFAULT_MAX_POOL_SIZE)));
        Buffer body = Buffer.buffer(requestBody());
        return rawVertxTarget(vertx, web::close, () -> web.request(HttpMethod.POST, port, "127.0.0.1",
                        PATH + "?access_token=" + StaticServer.TOKEN)
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .sendBuffer(body)
                .map(response -> new Reply(response.statusCode(), response.body())));
    }

    /** Vert.x's HttpClient (pool 64, as our Vert.x transport), reply bytes only, driven non-blocking. */
    private static Target rawVertx(int port) {
        Vertx vertx = Vertx.vertx();
        io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions(),
                new PoolOptions().setHttp1MaxSize(VertxHttpTransport.DEFAULT_MAX_POOL_SIZE));
        Buffer body = Buffer.buffer(requestBody());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI(PATH + "?access_token=" + StaticServer.TOKEN)
                .putHeader("Content-Type", "application/json; charset=UTF-8");
        return rawVertxTarget(vertx, client::close, () -> client.request(options)
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(reply -> new Reply(response.statusCode(), reply))));
    }

    /** A status and body as a raw Vert.x engine returns them. */
    private record Reply(int status, Buffer body) {
    }

    /** A non-blocking target on a raw Vert.x engine: each call checked, the engine and its Vert.x closed at the end. */
    private static Target rawVertxTarget(Vertx vertx, Runnable closeClient, Supplier<io.vertx.core.Future<Reply>> exchange) {
        int expected = Seeds.getPathReply().length;
        return new Target() {
            @Override
            public boolean async() {
                return true;
            }

            @Override
            public void call() {
                throw new UnsupportedOperationException("non-blocking target");
            }

            @Override
            public CompletableFuture<?> callAsync() {
                CompletableFuture<Void> done = new CompletableFuture<>();
                exchange.get().onComplete(result -> {
                    try {
                        if (result.failed()) {
                            throw result.cause();
                        }
                        Buffer body = result.result().body();
                        checkBody(result.result().status(), body == null ? new byte[0] : body.getBytes(), expected);
                        done.complete(null);
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                });
                return done;
            }

            @Override
            public void close() {
                closeClient.run();
                closeVertx(vertx);
            }
        };
    }

    private static void closeVertx(Vertx vertx) {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // best effort at the end of a run
        }
    }

    private static Target rawApache(URI base) {
        // Configured as ApacheHttpTransport.create() configures its client.
        CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(ApacheHttpTransport.DEFAULT_MAX_POOL_SIZE)
                        .setMaxConnTotal(ApacheHttpTransport.DEFAULT_MAX_POOL_SIZE)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10)).build())
                        .build())
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .disableContentCompression()
                .build();
        client.start();
        URI uri = pathUri(base);
        byte[] body = requestBody();
        int expected = Seeds.getPathReply().length;
        return new Target() {
            @Override
            public boolean async() {
                return true;
            }

            @Override
            public void call() {
                throw new UnsupportedOperationException("non-blocking target");
            }

            @Override
            public CompletableFuture<?> callAsync() {
                CompletableFuture<Void> done = new CompletableFuture<>();
                BasicHttpRequest request = new BasicHttpRequest("POST", uri);
                request.addHeader("Content-Type", "application/json; charset=UTF-8");
                client.execute(new BasicRequestProducer(request, new BasicAsyncEntityProducer(body, null)),
                        SimpleResponseConsumer.create(), new FutureCallback<SimpleHttpResponse>() {
                            @Override
                            public void completed(SimpleHttpResponse response) {
                                try {
                                    checkBody(response.getCode(), response.getBodyBytes(), expected);
                                    done.complete(null);
                                } catch (RuntimeException e) {
                                    done.completeExceptionally(e);
                                }
                            }

                            @Override
                            public void failed(Exception failure) {
                                done.completeExceptionally(failure);
                            }

                            @Override
                            public void cancelled() {
                                done.cancel(false);
                            }
                        });
                return done;
            }

            @Override
            public void close() {
                client.close(CloseMode.GRACEFUL);
            }
        };
    }

    private static Target wxJava(URI base, int pool) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(APP_ID);
        config.setSecret(SECRET);
        config.setApiHostUrl(base.toString());
        if (pool > 0) {
            config.setApacheHttpClientBuilder(new PooledHttpClientBuilder(pool));
        }
        WxMaService service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        WxMaExpressGetOrderRequest request = WxMaExpressGetOrderRequest.builder().orderId("01234567890123456789")
                .openid("OPENID").deliveryId("SF").waybillId("12345678901234567890").build();
        return new Target() {
            @Override
            public boolean async() {
                return false;
            }

            @Override
            public void call() throws Exception {
                WxMaExpressPath path = service.getExpressService().getPath(request);
                if (path.getPathItemNum() != Seeds.PATH_ITEMS || path.getPathItemList().size() != Seeds.PATH_ITEMS) {
                    throw new IllegalStateException("wrong reply: " + path.getPathItemNum() + " path items");
                }
            }

            @Override
            public CompletableFuture<?> callAsync() {
                throw new UnsupportedOperationException("blocking target");
            }

            @Override
            public void close() {
                // WxMaService has no close; its HTTP client's threads are daemons of this JVM.
            }
        };
    }

    /** WxJava's HTTP client builder with a pool of a given size; everything else HttpClient 4's defaults. */
    private static final class PooledHttpClientBuilder implements ApacheHttpClientBuilder {
        private final int pool;

        PooledHttpClientBuilder(int pool) {
            this.pool = pool;
        }

        @Override
        public CloseableHttpClient build() {
            PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();
            manager.setMaxTotal(pool);
            manager.setDefaultMaxPerRoute(pool);
            return HttpClients.custom().setConnectionManager(manager).build();
        }

        @Override
        public ApacheHttpClientBuilder httpProxyHost(String host) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder httpProxyPort(int port) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder httpProxyUsername(String user) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder httpProxyPassword(String password) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder httpRequestRetryHandler(org.apache.http.client.HttpRequestRetryHandler handler) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder keepAliveStrategy(ConnectionKeepAliveStrategy strategy) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder sslConnectionSocketFactory(SSLConnectionSocketFactory factory) {
            return this;
        }

        @Override
        public ApacheHttpClientBuilder supportedProtocols(String[] protocols) {
            return this;
        }
    }
}
