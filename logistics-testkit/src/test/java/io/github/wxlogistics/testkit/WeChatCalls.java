package io.github.wxlogistics.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain java.net.http client for tests: raw calls against a FakeWeChatServer. */
final class WeChatCalls {

    static final String B = "/cgi-bin/express/business/";
    static final String D = "/cgi-bin/express/delivery/";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final FakeWeChatServer server;
    private final String token;

    WeChatCalls(FakeWeChatServer server) {
        this.server = server;
        this.token = server.issueToken();
    }

    /** POSTs JSON to an API path with a valid token and parses the reply. */
    JsonObject post(String path, String json) {
        return parse(send("POST", path + "?access_token=" + token, json).body());
    }

    /** GETs an API path with a valid token and parses the reply. */
    JsonObject get(String path) {
        return parse(send("GET", path + "?access_token=" + token, null).body());
    }

    /** Sends a raw request; {@code pathAndQuery} is appended to the base URI. */
    HttpResponse<String> send(String method, String pathAndQuery, String body) {
        return exchange(request(method, pathAndQuery, body, Duration.ofSeconds(10)));
    }

    /** Sends any request and reads the reply as UTF-8 text. */
    static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest request(String method, String pathAndQuery, String body, Duration timeout) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(server.baseUri() + pathAndQuery)).timeout(timeout)
                .header("Content-Type", "application/json").method(method, publisher).build();
    }

    static HttpClient client() {
        return CLIENT;
    }

    String token() {
        return token;
    }

    static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The errcode of a reply, 0 when absent (WeChat omits it on many successes). */
    static int errcode(JsonObject reply) {
        return reply.containsKey("errcode") ? reply.getInt("errcode") : 0;
    }
}
