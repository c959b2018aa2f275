package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.PushReceiver;
import io.github.wxlogistics.spi.HttpTransport;
import io.github.wxlogistics.testkit.contract.PushAdapterContract;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/** The push contract through the starter's route on WebFlux (Reactor Netty), and what only it must get right. */
class WebFluxPushEndpointTest extends PushAdapterContract {

    @Override
    protected PushServer startPushServer(PushReceiver receiver) {
        return SpringPushServer.start(WebApplicationType.REACTIVE, receiver);
    }

    @Override
    protected HttpTransport createTransport() {
        return JdkHttpTransport.create();
    }

    @Test
    void aBodyStillIncompleteAtTheHandlerDeadlineGets408() throws Exception {
        try (PushReceiver receiver = PushReceiver.builder().token("t").handlerDeadline(Duration.ofMillis(500)).build();
                PushServer server = startPushServer(receiver);
                Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
            URI url = server.url();
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getRawPath() + "?signature=x&timestamp=1&nonce=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: text/xml\r\nContent-Length: 1000\r\n\r\n<xml>").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();

            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(status).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }
}
