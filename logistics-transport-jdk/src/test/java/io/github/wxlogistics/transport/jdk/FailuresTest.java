package io.github.wxlogistics.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.error.TransportException;
import io.github.wxlogistics.spi.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How failures become transport exceptions without leaking credentials. */
class FailuresTest {

    private static final TransportRequest REQUEST = new TransportRequest("POST",
            URI.create("https://api.weixin.qq.com/cgi-bin/express/business/order/add?access_token=TOKEN%2BVALUE&x=1"),
            Map.of("Authorization", "Bearer HEADER-VALUE"), new byte[0], Duration.ofSeconds(3));

    @Test
    void messageNamesMethodAndHostButNotTheUri() {
        TransportException e = Failures.map(REQUEST, new CompletionException(new ConnectException("Connection refused")));

        assertThat(e.getMessage()).isEqualTo("POST to api.weixin.qq.com failed: Connection refused");
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.getCause()).isInstanceOf(ConnectException.class);
    }

    @Test
    void timeoutsAnywhereInTheChainAreTimeouts() {
        TransportException e = Failures.map(REQUEST, new CompletionException(new IOException("wrapped", new TimeoutException())));

        assertThat(e.isTimeout()).isTrue();
        assertThat(e.getMessage()).isEqualTo("POST to api.weixin.qq.com timed out after 3000 ms");
    }

    @Test
    void causesShowingACredentialAreReplacedByRedactedCopies() {
        IOException inner = new IOException("header Bearer HEADER-VALUE rejected");
        IllegalStateException outer = new IllegalStateException(
                "while executing POST /cgi-bin/express/business/order/add?access_token=TOKEN%2BVALUE&x=1 (TOKEN+VALUE)", inner);

        TransportException e = Failures.map(REQUEST, outer);

        assertThat(e.getMessage()).isEqualTo("POST to api.weixin.qq.com failed: java.lang.IllegalStateException");
        assertThat(e.getCause().getMessage())
                .startsWith("java.lang.IllegalStateException: while executing POST")
                .doesNotContain("TOKEN");
        assertThat(e.getCause().getStackTrace()).isEqualTo(outer.getStackTrace());
        assertThat(e.getCause().getCause().getMessage())
                .isEqualTo("java.io.IOException: header *** rejected");
    }

    @Test
    void causesShowingNoCredentialAreKeptAsTheyAre() {
        ConnectException refused = new ConnectException("Connection refused");

        assertThat(Failures.map(REQUEST, refused).getCause()).isSameAs(refused);
    }

    @Test
    void transportExceptionsPassThrough() {
        TransportException original = TransportException.of("already mapped", null);

        assertThat(Failures.map(REQUEST, new CompletionException(original))).isSameAs(original);
    }
}
