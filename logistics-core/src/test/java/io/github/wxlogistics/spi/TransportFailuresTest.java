package io.github.wxlogistics.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.error.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How failures become transport exceptions without leaking credentials. */
class TransportFailuresTest {

    private static final TransportRequest REQUEST = new TransportRequest("POST",
            URI.create("https://api.weixin.qq.com/cgi-bin/express/business/order/add?access_token=TOKEN%2BVALUE&x=1"),
            Map.of("Authorization", "Bearer HEADER-VALUE"), new byte[0], Duration.ofSeconds(3));
    private static final java.util.function.Predicate<Throwable> NO_OWN_TIMEOUTS = t -> false;

    @Test
    void messageNamesMethodAndHostButNotTheUri() {
        TransportException e = TransportFailures.map(REQUEST, new CompletionException(new ConnectException("Connection refused")), NO_OWN_TIMEOUTS);

        assertThat(e.getMessage()).isEqualTo("POST to api.weixin.qq.com failed: connection refused (nothing listens"
                + " there); the request was not sent, so sending it again is safe");
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.isNotSent()).isTrue();
        assertThat(e.getCause()).isInstanceOf(ConnectException.class);
    }

    @Test
    void eachFailureIsSaidInWordsAndFlaggedWhenNothingWasSent() {
        TransportException unknown = TransportFailures.map(REQUEST,
                new java.io.IOException(new java.net.UnknownHostException("api.weixin.qq.com")), NO_OWN_TIMEOUTS);
        assertThat(unknown.getMessage()).contains("unknown host api.weixin.qq.com", "not sent");
        assertThat(unknown.isNotSent()).isTrue();

        TransportException tls = TransportFailures.map(REQUEST,
                new javax.net.ssl.SSLException("Unsupported or unrecognized SSL message"), NO_OWN_TIMEOUTS);
        assertThat(tls.getMessage()).contains("TLS handshake failed", "not sent");
        assertThat(tls.isNotSent()).isTrue();

        class ConnectTimeoutException extends java.io.IOException {
        }
        TransportException connect = TransportFailures.map(REQUEST, new ConnectTimeoutException(), NO_OWN_TIMEOUTS);
        assertThat(connect.getMessage()).contains("could not connect within the connect timeout");
        assertThat(connect.isTimeout()).isTrue();
        assertThat(connect.isNotSent()).isTrue();

        TransportException reset = TransportFailures.map(REQUEST, new java.net.SocketException("Connection reset"),
                NO_OWN_TIMEOUTS);
        assertThat(reset.getMessage()).contains("closed or reset before the reply was complete", "may have reached");
        assertThat(reset.isNotSent()).isFalse();

        TransportException timeout = TransportFailures.timeout(REQUEST, null);
        assertThat(timeout.getMessage()).isEqualTo("POST to api.weixin.qq.com timed out after 3000 ms");
        assertThat(timeout.isNotSent()).isFalse();
    }

    @Test
    void timeoutsAnywhereInTheChainAreTimeouts() {
        TransportException e = TransportFailures.map(REQUEST, new CompletionException(new IOException("wrapped", new TimeoutException())), NO_OWN_TIMEOUTS);

        assertThat(e.isTimeout()).isTrue();
        assertThat(e.getMessage()).isEqualTo("POST to api.weixin.qq.com timed out after 3000 ms");
    }

    @Test
    void causesShowingACredentialAreReplacedByRedactedCopies() {
        IOException inner = new IOException("header Bearer HEADER-VALUE rejected");
        IllegalStateException outer = new IllegalStateException(
                "while executing POST /cgi-bin/express/business/order/add?access_token=TOKEN%2BVALUE&x=1 (TOKEN+VALUE)", inner);

        TransportException e = TransportFailures.map(REQUEST, outer, NO_OWN_TIMEOUTS);

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

        assertThat(TransportFailures.map(REQUEST, refused, NO_OWN_TIMEOUTS).getCause()).isSameAs(refused);
    }

    @Test
    void anAdaptersOwnTimeoutTypeCountsAsATimeout() {
        class ClientTimeout extends IOException {
            private static final long serialVersionUID = 1L;
        }
        assertThat(TransportFailures.map(REQUEST, new ClientTimeout(), c -> c instanceof ClientTimeout).isTimeout()).isTrue();
        assertThat(TransportFailures.map(REQUEST, new ClientTimeout(), NO_OWN_TIMEOUTS).isTimeout()).isFalse();
    }

    @Test
    void transportExceptionsPassThrough() {
        TransportException original = TransportException.of("already mapped", null);

        assertThat(TransportFailures.map(REQUEST, new CompletionException(original), NO_OWN_TIMEOUTS)).isSameAs(original);
    }
}
