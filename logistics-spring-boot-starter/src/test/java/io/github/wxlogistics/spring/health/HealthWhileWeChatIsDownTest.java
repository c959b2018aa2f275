package io.github.wxlogistics.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spring.WebStacks;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * WeChat unreachable: the application stays UP for its load balancer and probes
 * ({@code /actuator/health}, {@code /liveness}, {@code /readiness}), while
 * {@code /actuator/health/logistics} is DOWN and says why, with Actuator's default
 * {@code show-details} and {@code show-components} (never). With
 * {@code wx.logistics.health.in-overall-status=true} the indicator counts again.
 */
class HealthWhileWeChatIsDownTest {

    private static final String SECRET = "health-test-secret";
    private static final Pattern SINCE = Pattern.compile("since ([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = WebApplicationType.class, names = {"SERVLET", "REACTIVE"})
    void theApplicationStaysUpAndTheLogisticsComponentSaysWhyItIsDown(WebApplicationType stack) throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        try (ConfigurableApplicationContext app = start(stack, false)) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            Response logistics = get(port, "/actuator/health/logistics");
            assertThat(logistics.status()).isEqualTo(503);
            assertThat(logistics.body()).contains("\"wxLogistics\":{").contains("\"status\":\"DOWN\"")
                    .contains("\"description\":\"errcode 0, outcome TRANSPORT_ERROR, since ")
                    .doesNotContain(SECRET).doesNotContain("\"details\"");   // show-details is off
            Matcher since = SINCE.matcher(logistics.body());
            assertThat(since.find()).as("since in %s", logistics.body()).isTrue();
            assertThat(Instant.parse(since.group(1))).isBetween(before, Instant.now());

            Response overall = get(port, "/actuator/health");
            assertThat(overall.status()).isEqualTo(200);
            assertThat(overall.body()).as("the overall status, naming the group where the reason is")
                    .contains("\"status\":\"UP\"", "\"logistics\"").doesNotContain("DOWN");   // key order differs by line
            assertThat(get(port, "/actuator/health/liveness")).isEqualTo(new Response(200, "{\"status\":\"UP\"}"));
            assertThat(get(port, "/actuator/health/readiness")).isEqualTo(new Response(200, "{\"status\":\"UP\"}"));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(value = WebApplicationType.class, names = {"SERVLET"})
    void teamsThatWantItToCountSayInOverallStatus(WebApplicationType stack) throws Exception {
        try (ConfigurableApplicationContext app = start(stack, true)) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            Response overall = get(port, "/actuator/health");
            assertThat(overall.status()).isEqualTo(503);
            assertThat(overall.body()).contains("\"status\":\"DOWN\"", "outcome TRANSPORT_ERROR");
            // Readiness and liveness are Spring Boot's own groups: external services stay out unless included.
            assertThat(get(port, "/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(WebApplicationType stack, boolean inOverallStatus)
            throws Exception {
        int unreachable;
        try (ServerSocket probe = new ServerSocket(0)) {
            unreachable = probe.getLocalPort();   // closed again: nothing listens there
        }
        return WebStacks.application(App.class, stack).properties("server.port=0", "server.shutdown=immediate",
                "wx.logistics.app-id=wx0123456789abcdef", "wx.logistics.app-secret=" + SECRET,
                "wx.logistics.base-uri=http://127.0.0.1:" + unreachable, "wx.logistics.transport=jdk",
                "wx.logistics.health.in-overall-status=" + inOverallStatus,
                "management.endpoint.health.probes.enabled=true").run();
    }

    private Response get(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    private record Response(int status, String body) {
    }
}
