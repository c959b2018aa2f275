package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The push contract on the JDK's HttpServer, and what only the JDK handler must get right. */
class JdkPushHandlerTest extends PushAdapterContract {

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        return serve(JdkPushHandler.of(receiver));
    }

    /** A JDK HttpServer on a free loopback port, with an executor, serving {@code handler} at /wechat/push. */
    static PushServer serve(com.sun.net.httpserver.HttpHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(8);
        server.createContext("/wechat/push", handler);
        server.setExecutor(executor);
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wechat/push");
        return new PushServer() {
            @Override
            public URI url() {
                return url;
            }

            @Override
            public void close() {
                server.stop(0);
                executor.shutdownNow();
            }
        };
    }

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }

    @Test
    void readsAtMostOneBytePastTheReceiversLimit() throws IOException {
        try (PushReceiver receiver = PushReceiver.builder().token("t").maxBodyBytes(100).build()) {
            CountingExchange exchange = new CountingExchange("POST");

            JdkPushHandler.of(receiver).handle(exchange);

            assertThat(exchange.read).isEqualTo(101);
            assertThat(exchange.status).isEqualTo(413);
            assertThat(exchange.closed).isTrue();
        }
    }

    @Test
    void aWrongMethodIsAnswered405WithAllowAndTheExchangeClosed() throws IOException {
        try (PushReceiver receiver = PushReceiver.builder().token("t").build()) {
            CountingExchange exchange = new CountingExchange("DELETE");

            JdkPushHandler.of(receiver).handle(exchange);

            assertThat(exchange.status).isEqualTo(405);
            assertThat(exchange.getResponseHeaders().getFirst("Allow")).isEqualTo("GET, POST");
            assertThat(exchange.closed).isTrue();
        }
    }

    @Test
    void needsAReceiverAndHidesNothingSecret() {
        assertThatThrownBy(() -> JdkPushHandler.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("receiver");
        try (PushReceiver receiver = PushReceiver.builder().token("SecretPushToken").build()) {
            assertThat(JdkPushHandler.of(receiver).toString()).doesNotContain("SecretPushToken");
        }
    }

    /** An exchange whose body never ends and counts what was read from it. */
    private static final class CountingExchange extends HttpExchange {
        private final String method;
        private final Headers requestHeaders = new Headers();
        private final Headers responseHeaders = new Headers();
        private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
        long read;
        int status;
        boolean closed;

        CountingExchange(String method) {
            this.method = method;
        }

        private final InputStream endless = new InputStream() {
            @Override
            public int read() {
                read++;
                return 'x';
            }
        };

        @Override
        public Headers getRequestHeaders() {
            return requestHeaders;
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public URI getRequestURI() {
            return URI.create("/push?timestamp=1&nonce=2&signature=3");
        }

        @Override
        public String getRequestMethod() {
            return method;
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public InputStream getRequestBody() {
            return endless;
        }

        @Override
        public OutputStream getResponseBody() {
            return responseBody;
        }

        @Override
        public void sendResponseHeaders(int code, long length) {
            status = code;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), 1);
        }

        @Override
        public int getResponseCode() {
            return status;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), 2);
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public void setAttribute(String name, Object value) {
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }
    }
}
