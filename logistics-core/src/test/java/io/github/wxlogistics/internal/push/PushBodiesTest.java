package io.github.wxlogistics.internal.push;

import io.github.wxlogistics.event.PushFormat;
import io.github.wxlogistics.event.PushFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.wxlogistics.internal.push.PushRejectedException.Reason;
import io.github.wxlogistics.support.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both formats read into the same raw fields; hostile XML is refused before any entity is touched. */
class PushBodiesTest {

    private final PushBodies bodies = PushBodies.create();

    @Test
    void detectsTheFormatFromTheFirstNonSpaceByte() {
        assertThat(BodyFormats.detect(utf8("\uFEFF \r\n\t<xml/>"))).isEqualTo(PushFormat.XML);
        assertThat(BodyFormats.detect(utf8("  {}"))).isEqualTo(PushFormat.JSON);
        assertThat(refusal(utf8("   ")).detail()).isEqualTo("the body is empty");
        assertThat(refusal(utf8("[1]")).detail()).isEqualTo("the body is neither XML nor a JSON object");
    }

    @Test
    void repeatedElementsAndArraysKeepEveryValueInOrder() {
        PushFields xml = bodies.parse(EventFixtures.bytes("add_express_path", "xml")).fields();
        PushFields json = bodies.parse(EventFixtures.bytes("add_express_path", "json")).fields();

        for (PushFields fields : new PushFields[] {xml, json}) {
            assertThat(fields.objects("Actions")).hasSize(3);
            assertThat(fields.objects("Actions").get(1).text("ActionMsg")).hasValue("到达广州集包地");
            assertThat(fields.objects("Actions").get(0).textFields())
                    .containsEntry("Lat", "23.1066").containsEntry("Lng", "113.3245");
            assertThat(fields.text("Version")).hasValue("3");
        }
        assertThat(xml).isEqualTo(json);
    }

    @Test
    void cdataIsUnwrappedAndPlainTextTrimmed() {
        PushFields fields = bodies.parse(utf8("<xml><A>\n  <![CDATA[ x ]]>\n</A><B>\n 5 \n</B><C/></xml>")).fields();
        assertThat(fields.text("A")).hasValue(" x ");
        assertThat(fields.text("B")).hasValue("5");
        assertThat(fields.text("C")).hasValue("");
        assertThat(fields.toString()).isEqualTo("PushFields[A, B, C]");
    }

    @Test
    void jsonNumbersKeepTheirExactLiteralAndNullsCarryNothing() {
        PushFields fields = bodies.parse(utf8("{\"W\": 1.20, \"Big\": 12345678901234567890123, \"N\": null, \"T\": true}"))
                .fields();
        assertThat(fields.text("W")).hasValue("1.20");
        assertThat(fields.text("Big")).hasValue("12345678901234567890123");
        assertThat(fields.has("N")).isFalse();
        assertThat(fields.text("T")).hasValue("true");
    }

    @Test
    void aRepeatedJsonKeyKeepsEveryValueLikeARepeatedElement() {
        PushFields fields = bodies.parse(utf8("{\"Actions\": {\"ActionType\": 1}, \"Actions\": [{\"ActionType\": 2}]}"))
                .fields();
        assertThat(fields.objects("Actions")).extracting(a -> a.text("ActionType").orElseThrow()).containsExactly("1", "2");
    }

    @Test
    void refusesContentAfterTheJsonObject() {
        assertThat(refusal(utf8("{\"Event\": \"add_waybill\"} {\"Event\": \"x\"}")).detail())
                .startsWith("the JSON body is not well-formed (line 1, column ");
        assertThat(refusal(utf8("{\"Event\": \"add_waybill\"")).detail()).startsWith("the JSON body is not well-formed");
        assertThat(bodies.parse(utf8("{\"Event\": \"add_waybill\"} \r\n")).fields().text("Event")).hasValue("add_waybill");
    }

    @Test
    void refusesInternalEntityExpansion() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Event>&b;</Event></xml>";
        PushRejectedException refused = refusal(utf8(billionLaughs));
        assertThat(refused.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused.detail()).isEqualTo("the XML body has a DOCTYPE, which is refused");
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-FILE");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><xml><Event>&x;</Event></xml>";
        PushRejectedException refused = refusal(utf8(external));
        assertThat(refused.detail()).contains("DOCTYPE").doesNotContain("TOP-SECRET-FILE");
    }

    @Test
    void malformedBodiesSayWhereNotWhat() {
        PushRejectedException xml = refusal(utf8("<xml><BizPwd>hunter2</xml>"));
        assertThat(xml.detail()).startsWith("the XML body is not well-formed (line 1").doesNotContain("hunter2");
        PushRejectedException json = refusal(utf8("{\"BizPwd\": \"hunter2\" \"x\"}"));
        assertThat(json.detail()).startsWith("the JSON body is not well-formed").doesNotContain("hunter2");
    }

    @Test
    void refusesNestingDeeperThanAnyPush() {
        String deepXml = "<xml>" + "<a>".repeat(20) + "x" + "</a>".repeat(20) + "</xml>";
        String deepJson = "{" + "\"a\":{".repeat(20) + "}".repeat(20) + "}";
        assertThat(refusal(utf8(deepXml)).detail()).contains("nests deeper than 16");
        assertThat(refusal(utf8(deepJson)).detail()).contains("nests deeper than 16");
    }

    private PushRejectedException refusal(byte[] body) {
        PushRejectedException refused = catchThrowableOfType(PushRejectedException.class, () -> bodies.parse(body));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
