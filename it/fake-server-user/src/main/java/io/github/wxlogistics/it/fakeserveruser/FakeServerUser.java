package io.github.wxlogistics.it.fakeserveruser;

import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.testkit.RecordedRequest;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a project that uses only the fake server does, with no test framework: start it, call it
 * with the JDK's HTTP client, script a fault, read the journal. First it checks that no test
 * framework reached the class path. Run by the build in its own JVM on the module's runtime class
 * path; any failure exits non-zero and fails the build.
 */
public final class FakeServerUser {

    /** Classes of the test frameworks that must not reach a user of logistics-testkit alone. */
    static final List<String> FORBIDDEN_CLASSES = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.platform.commons.util.ReflectionUtils",
            "org.opentest4j.AssertionFailedError",
            "org.assertj.core.api.Assertions",
            "com.tngtech.archunit.core.domain.JavaClass");

    /** Parts of jar names that must not be on the class path. */
    static final List<String> FORBIDDEN_JARS = List.of("junit", "opentest4j", "assertj", "archunit");

    private FakeServerUser() {
    }

    /**
     * Runs the checks and the round trip.
     *
     * @param args ignored
     * @throws Exception when the HTTP exchange fails
     */
    public static void main(String[] args) throws Exception {
        List<String> problems = new ArrayList<>(classPathProblems());
        if (problems.isEmpty()) {
            problems.addAll(roundTripProblems());
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("fake-server-user: " + p));
            System.exit(1);
        }
        System.out.println("fake-server-user: no test framework on the class path; the fake server works without one");
    }

    private static List<String> classPathProblems() {
        List<String> problems = new ArrayList<>();
        for (String name : FORBIDDEN_CLASSES) {
            try {
                Class.forName(name, false, FakeServerUser.class.getClassLoader());
                problems.add(name + " is on the class path");
            } catch (ClassNotFoundException expected) {
                // as it should be
            }
        }
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> FORBIDDEN_JARS.stream().anyMatch(entry.toLowerCase(java.util.Locale.ROOT)::contains))
                .forEach(entry -> problems.add("class path entry " + entry));
        return problems;
    }

    private static List<String> roundTripProblems() throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start()) {
            String token = server.issueToken();
            server.enqueue("getOrder", FakeResponse.errcode(-1));
            URI getOrder = URI.create(server.baseUri() + FakeWeChatServer.operations().get("getOrder")
                    + "?access_token=" + token);
            String body = "{\"order_id\":\"01234567890123456789\",\"delivery_id\":\"SF\"}";
            String busy = post(http, getOrder, body);
            String ok = post(http, getOrder, body);
            if (!busy.contains("\"errcode\":-1")) {
                problems.add("the scripted -1 was not sent: " + busy);
            }
            if (!ok.contains("\"waybill_id\":\"123456789\"")) {
                problems.add("the demo order was not returned: " + ok);
            }
            List<String> operations = server.requests().stream().flatMap(r -> r.operation().stream()).toList();
            if (!operations.equals(List.of("getOrder", "getOrder"))) {
                problems.add("the journal shows " + operations);
            }
        }
        return problems;
    }

    private static String post(HttpClient http, URI uri, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
