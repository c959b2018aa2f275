package io.github.wxlogistics.support;

import io.github.wxlogistics.internal.security.SecureChannel;
import io.github.wxlogistics.security.ApiSecurity;
import io.github.wxlogistics.spi.TransportRequest;
import io.github.wxlogistics.spi.TransportResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays WeChat's side of API security for a {@link ScriptedTransport}: opens each sealed request
 * (keeping its plaintext, without the {@code _n}, {@code _appid} and {@code _timestamp} the seal
 * adds) and answers the next queued reply sealed with the platform's key.
 */
public final class SealedWeChat {

    private final ApiSecurity client;
    private final SecureChannel server;
    private final List<String> replies = new ArrayList<>();
    private final List<Opened> opened = new ArrayList<>();

    /** One request as WeChat read it. */
    public record Opened(String method, String path, JsonObject body) {
    }

    // Generated once per JVM: two RSA-2048 pairs take a second or more on a small machine.
    private static final KeyPair APP = generate();
    private static final KeyPair PLATFORM = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public SealedWeChat() {
        byte[] symmetric = new byte[32];
        new SecureRandom().nextBytes(symmetric);
        String key = Base64.getEncoder().encodeToString(symmetric);
        client = ApiSecurity.builder().appId("wxtest").symmetricKey(key, "sym-1").privateKey(APP.getPrivate(), "app-1")
                .platformKey(PLATFORM.getPublic(), "plat-1").build();
        server = SecureChannel.of(ApiSecurity.builder().appId("wxtest").symmetricKey(key, "sym-1")
                .privateKey(PLATFORM.getPrivate(), "plat-1").platformKey(APP.getPublic(), "app-1").build());
    }

    /** The client's settings. */
    public ApiSecurity clientSecurity() {
        return client;
    }

    /** Queues the plaintext of the next reply. */
    public SealedWeChat reply(String json) {
        replies.add(json);
        return this;
    }

    /** The requests opened so far. */
    public List<Opened> opened() {
        return opened;
    }

    /** The only request opened so far. */
    public Opened only() {
        if (opened.size() != 1) {
            throw new AssertionError("expected one request, got " + opened.size());
        }
        return opened.get(0);
    }

    /** A transport that answers through this fake. */
    public ScriptedTransport transport() {
        return new ScriptedTransport().otherwise(this::answer);
    }

    private TransportResponse answer(TransportRequest request) {
        String url = request.uri().toString().replaceFirst("\\?.*", "");
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        headers.put("Wechatmp-Serial", List.of("app-1"));
        String plain = new String(server.open("server", url, new TransportResponse(200, headers, request.body())),
                StandardCharsets.UTF_8);
        JsonObject all = Json.createReader(new StringReader(plain)).readObject();
        JsonObjectBuilder body = Json.createObjectBuilder(all);
        body.remove("_n");
        body.remove("_appid");
        body.remove("_timestamp");
        opened.add(new Opened(request.method(), request.uri().getPath(), body.build()));
        String reply = replies.isEmpty() ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : replies.remove(0);
        SecureChannel.Sealed sealed = server.seal(url, reply.getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> replyHeaders = new HashMap<>();
        sealed.headers().forEach((k, v) -> replyHeaders.put(k, List.of(v)));
        replyHeaders.put("Wechatmp-Serial", List.of("plat-1"));
        return new TransportResponse(200, replyHeaders, sealed.body());
    }
}
