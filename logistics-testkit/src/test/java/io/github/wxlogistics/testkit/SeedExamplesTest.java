package io.github.wxlogistics.testkit;

import static io.github.wxlogistics.testkit.WeChatCalls.B;
import static io.github.wxlogistics.testkit.WeChatCalls.D;
import static io.github.wxlogistics.testkit.WeChatCalls.parse;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each request example of the five original API documents, sent as it stands to a server with
 * the demo data, gets the documented response (see src/test/resources/seeds/README.txt).
 */
class SeedExamplesTest {

    private final FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
    private final WeChatCalls calls = new WeChatCalls(server);

    @AfterEach
    void close() {
        server.close();
    }

    private static String seed(String name) {
        try (InputStream in = SeedExamplesTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject seedJson(String name) {
        return parse(seed(name));
    }

    @Test
    void getContact() {
        JsonObject reply = calls.post(D + "contact/get", seed("getContact-request.json"));

        assertThat(reply).isEqualTo(seedJson("getContact-response.json"));
    }

    @Test
    void getOrderEchoesTheRequestedIdsWhereTheExampleContradictsItsRequest() {
        JsonObject reply = calls.post(B + "order/get", seed("getOrder-request.json"));

        JsonObject expected = Json.createObjectBuilder(seedJson("getOrder-response.json"))
                .add("order_id", "01234567890123456789").add("waybill_id", "123456789").build();
        assertThat(reply).isEqualTo(expected);
    }

    @Test
    void getPathAnswersTheRequestedWaybillWithTheExamplesPath() {
        JsonObject reply = calls.post(B + "path/get", seed("getPath-request.json"));

        JsonObject expected = Json.createObjectBuilder(seedJson("getPath-response.json"))
                .add("openid", "oABC123456").add("waybill_id", "123456789").build();
        assertThat(reply).isEqualTo(expected);
    }

    @Test
    void getPathOfTheExamplesOwnWaybillEqualsTheExample() {
        JsonObject reply = calls.post(B + "path/get", "{\"delivery_id\":\"SF\",\"waybill_id\":\"12345678901234567890\"}");

        assertThat(reply).isEqualTo(seedJson("getPath-response.json"));
    }

    @Test
    void getAllAccount() {
        assertThat(calls.get(B + "account/getall")).isEqualTo(seedJson("getAllAccount-response.json"));
    }

    @Test
    void updatePathAndTheNodeItAdds() {
        JsonObject request = seedJson("updatePath-request.json");

        JsonObject reply = calls.post(D + "path/update", seed("updatePath-request.json"));

        assertThat(reply).isEqualTo(seedJson("updatePath-response.json"));
        JsonObject path = calls.post(B + "path/get", "{\"delivery_id\":\"SF\",\"waybill_id\":\"12345678901234567890\"}");
        assertThat(path.getInt("path_item_num")).isEqualTo(4);
        assertThat(path.getJsonArray("path_item_list").getJsonObject(3)).isEqualTo(Json.createObjectBuilder()
                .add("action_time", request.getJsonNumber("action_time")).add("action_type", request.getInt("action_type"))
                .add("action_msg", request.getString("action_msg")).build());
    }
}
