package io.github.wxlogistics.testkit.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the console masks, in JSON, XML and query parameters, and what it leaves alone. */
class SecretsTest {

    private final Secrets masked = Secrets.masked();

    @Test
    void namesThatHoldSecrets() {
        assertThat(Secrets.isSecretName("access_token")).isTrue();
        assertThat(Secrets.isSecretName("Token")).isTrue();
        assertThat(Secrets.isSecretName("BizPwd")).isTrue();
        assertThat(Secrets.isSecretName("secret")).isTrue();
        assertThat(Secrets.isSecretName("password")).isTrue();
        assertThat(Secrets.isSecretName("EncodingAESKey")).isTrue();
        assertThat(Secrets.isSecretName("component_verify_ticket")).isTrue();
        assertThat(Secrets.isSecretName("authorizer_refresh_token")).isTrue();
        assertThat(Secrets.isSecretName("expires_in")).isFalse();
        assertThat(Secrets.isSecretName("ToUserName")).isFalse();
        assertThat(Secrets.isSecretName("Encrypt")).isFalse();
        assertThat(Secrets.isSecretName("waybill_id")).isFalse();
    }

    @Test
    void jsonMembersAreMaskedAtAnyDepthAndTheRestIsKept() {
        String text = masked.text("{\"waybill_id\":\"W1\",\"token\":\"order-token-1\",\"outer\":{\"list\":"
                + "[{\"password\":\"pw-1\",\"name\":\"张三\"}]}}");

        assertThat(text).doesNotContain("order-token-1").doesNotContain("pw-1").contains("\"W1\"").contains("张三")
                .contains(Secrets.mask("order-token-1")).contains(Secrets.mask("pw-1"));
    }

    @Test
    void xmlElementsAreMaskedInCdataOrNotAndNested() {
        String text = masked.text("<xml><Token><![CDATA[tok-9]]></Token><BizPwd>pw-9</BizPwd><Sender><Name>"
                + "<![CDATA[李四]]></Name></Sender><BizID><![CDATA[SF_CASH]]></BizID></xml>");

        assertThat(text).doesNotContain("tok-9").doesNotContain("pw-9").contains("<Token>" + Secrets.mask("tok-9"))
                .contains("<![CDATA[李四]]>").contains("<![CDATA[SF_CASH]]>").contains("\n<BizID>");
    }

    @Test
    void queryParametersFingerprintsAndRevealing() {
        Map<String, String> query = masked.query(Map.of("access_token", "A1", "nonce", "123"));

        assertThat(query).containsEntry("nonce", "123").containsEntry("access_token", Secrets.mask("A1"));
        assertThat(Secrets.mask("A1")).startsWith("•••••• ").hasSize(13).isNotEqualTo(Secrets.mask("A2"));
        assertThat(masked.value("")).isEmpty();
        assertThat(Secrets.revealed().value("A1")).isEqualTo("A1");
        assertThat(Secrets.revealed().query(Map.of("secret", "s"))).containsEntry("secret", "s");
        assertThat(masked.text("not json or xml")).isEqualTo("not json or xml");
        assertThat(masked.text("appid=wx1&secret=s3&grant_type=x")).isEqualTo("appid=wx1&secret=" + Secrets.mask("s3")
                + "&grant_type=x");
        assertThat(masked.text("{broken")).doesNotContain("broken");
    }
}
