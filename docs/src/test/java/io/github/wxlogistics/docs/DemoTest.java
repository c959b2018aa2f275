package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's demo: the push loop between merchant, fake WeChat and courier, then the five documented calls. */
class DemoTest {

    @Test
    void demoPrintsThePushLoopAndTheFiveCalls() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("courier's push URL  http://127.0.0.1:", "(JdkPushHandler, safe mode, XML)",
                "merchant's push URL http://127.0.0.1:", "(JdkPushHandler, safe mode, JSON)");
        Matcher order = Pattern.compile("1\\. merchant addOrder (demo-order-\\w+) \\(SF, SF_CASH").matcher(out);
        assertThat(order.find()).as("step 1 in:%n%s", out).isTrue();
        String orderId = order.group(1);
        Matcher courier = Pattern.compile("2\\. courier got add_waybill \\(encrypted, verified, decrypted\\): order "
                + orderId + ", BizID SF_CASH, receiver 王小蒙 北京市, WeChat's waybill (\\d+), order Token received "
                + "\\(32 characters\\)").matcher(out);
        assertThat(courier.find()).as("step 2 in:%n%s", out).isTrue();
        String waybill = "SF" + courier.group(1);
        assertThat(out).contains("   courier answers WayBillID " + waybill)
                .contains("3. merchant's addOrder reply: waybill " + waybill + ", SF_bagAddr = 北京, SF_mark = 010-A1")
                .contains("4. courier getContact with the pushed Token: from 张三 广东省广州市海珠区XX路1号 to 王小蒙 "
                        + "北京市北京市海淀区XX路2号")
                .contains("5. courier updatePath: 100001 (picked up) 顺丰速运 已收取快件")
                .contains("6. merchant got add_express_path (encrypted, verified, decrypted): waybill " + waybill
                        + ", order " + orderId + ", version 1, 1 action(s)")
                .contains("   100001 (picked up)  顺丰速运 已收取快件");
        assertThat(out).contains("getAllAccount: 1 bound account(s)", "YUNDA 123456789 status 0 (bound), quota 55")
                .contains("getOrder: order 01234567890123456789, waybill 123456789, status 0 (normal)", "SF_bagAddr = 广州")
                .contains("getContact (courier): waybill 12345678901234567890", "from Jim 18666666666")
                .contains("updatePath (courier)")
                .contains("getPath: waybill 12345678901234567890, 4 node(s)", "300001 (unknown)",
                        "(300001 is not in WeChat's list of action types: the original getPath example has it",
                        "300002 (out for delivery)  丽影邓丽君【18666666666】正在派件");
    }
}
