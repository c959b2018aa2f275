package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo runs the five calls against the fake server and prints what came back. */
class DemoTest {

    @Test
    void demoPrintsTheFiveCalls() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("getAllAccount: 1 bound account(s)", "YUNDA 123456789 status 0 (bound), quota 55")
                .contains("getOrder: order 01234567890123456789, waybill 123456789, status 0 (normal)", "SF_bagAddr = 广州")
                .contains("getContact (courier): waybill 12345678901234567890", "from Jim 18666666666")
                .contains("updatePath (courier)")
                .contains("getPath: waybill 12345678901234567890, 4 node(s)", "300001 (unknown)",
                        "300002 (out for delivery)  丽影邓丽君【18666666666】正在派件");
    }
}
