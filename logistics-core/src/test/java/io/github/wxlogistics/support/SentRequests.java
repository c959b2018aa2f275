package io.github.wxlogistics.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.TransportRequest;
import java.nio.charset.StandardCharsets;

/** Assertions on what a client sent through a {@link ScriptedTransport} with the token {@code ACCESS_TOKEN}. */
public final class SentRequests {

    private static final String HOST = "https://api.weixin.qq.com";

    private SentRequests() {
    }

    /** The one request sent. */
    public static TransportRequest only(ScriptedTransport transport) {
        assertThat(transport.requests()).hasSize(1);
        return transport.requests().get(0);
    }

    /** The one request sent was a JSON POST to {@code path} whose body equals the golden fixture, compared as JSON. */
    public static TransportRequest assertPost(ScriptedTransport transport, String path, String golden) {
        TransportRequest sent = only(transport);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().toString()).isEqualTo(HOST + path + "?access_token=ACCESS_TOKEN");
        assertThat(sent.headers().get("content-type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(Golden.parse(new String(sent.body(), StandardCharsets.UTF_8))).isEqualTo(Golden.json(golden));
        return sent;
    }

    /** The one request sent was a GET of {@code path} without a body. */
    public static TransportRequest assertGet(ScriptedTransport transport, String path) {
        TransportRequest sent = only(transport);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.uri().toString()).isEqualTo(HOST + path + "?access_token=ACCESS_TOKEN");
        assertThat(sent.body()).isEmpty();
        return sent;
    }
}
