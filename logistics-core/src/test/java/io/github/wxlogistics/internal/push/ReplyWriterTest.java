package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reply packets survive any text a handler puts in them, or are refused before they are sent. */
class ReplyWriterTest {

    private final ReplyWriter writer = new ReplyWriter(JsonProvider.provider());
    private final PushBodies bodies = PushBodies.create();

    @Test
    void textsRoundTripInBothFormats() {
        String hostile = "a]]>b<c>&d\"e'f\\g\n中文 😀 ]]]]>";
        List<ReplyField> fields = List.of(ReplyField.text("ResultMsg", hostile), ReplyField.number("Quota", 7),
                ReplyField.text("Empty", null));

        for (PushFormat format : PushFormat.values()) {
            byte[] bytes = writer.write(format, fields);
            PushFields back = bodies.parse(bytes).fields();
            assertThat(back.text("ResultMsg")).as(format.name()).hasValue(hostile);
            assertThat(back.text("Quota")).hasValue("7");
            assertThat(back.text("Empty")).hasValue("");
        }
        assertThat(new String(writer.write(PushFormat.JSON, fields), StandardCharsets.UTF_8))
                .as("Chinese is written as is, not escaped").contains("中文");
    }

    @Test
    void xmlRefusesCharactersItCannotCarry() {
        assertThatThrownBy(() -> writer.write(PushFormat.XML, List.of(ReplyField.text("ResultMsg", "a\u0001b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ResultMsg holds a character XML cannot carry (U+0001)");
        assertThatThrownBy(() -> writer.write(PushFormat.XML, List.of(ReplyField.text("ResultMsg", "\uD800"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEncryptedEnvelopeHasTheFourDocumentedFields() {
        PushFields json = bodies.parse(writer.encrypted(PushFormat.JSON, "ENC", "SIG", 1714036504L, "123")).fields();
        assertThat(json.textFields()).containsExactly(Map.entry("Encrypt", "ENC"),
                Map.entry("MsgSignature", "SIG"), Map.entry("TimeStamp", "1714036504"),
                Map.entry("Nonce", "123"));
        assertThat(new String(writer.encrypted(PushFormat.XML, "ENC", "SIG", 1714036504L, "123"), StandardCharsets.UTF_8))
                .isEqualTo("<xml><Encrypt><![CDATA[ENC]]></Encrypt><MsgSignature><![CDATA[SIG]]></MsgSignature>"
                        + "<TimeStamp>1714036504</TimeStamp><Nonce><![CDATA[123]]></Nonce></xml>");
    }
}
