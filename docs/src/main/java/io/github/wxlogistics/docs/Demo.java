package io.github.wxlogistics.docs;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.model.ActionType;
import io.github.wxlogistics.model.GetAllAccountResponse;
import io.github.wxlogistics.model.GetContactRequest;
import io.github.wxlogistics.model.GetContactResponse;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.model.GetOrderResponse;
import io.github.wxlogistics.model.GetPathRequest;
import io.github.wxlogistics.model.GetPathResponse;
import io.github.wxlogistics.model.PrintType;
import io.github.wxlogistics.model.UpdatePathRequest;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.io.PrintStream;
import java.time.Instant;

/**
 * The README's demo: starts the fake WeChat server with the seed documents' data, calls the five
 * documented operations through the JDK transport, and prints what came back.
 */
public final class Demo {

    private Demo() {
    }

    /** Runs the demo, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the demo against a fresh fake server, printing to {@code out}. */
    public static void run(PrintStream out) {
        try (FakeWeChatServer server = FakeWeChatServer.builder().demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder()
                        .credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            out.println("Fake WeChat server at " + server.baseUri() + " (app " + server.appId() + ")");

            GetAllAccountResponse accounts = client.merchant().getAllAccount();
            out.println("\ngetAllAccount: " + accounts.count() + " bound account(s)");
            accounts.list().forEach(a -> out.println("  " + a.deliveryId() + " " + a.bizId() + " status "
                    + a.statusCode() + ", quota " + a.quotaNum()));

            GetOrderResponse order = client.merchant().getOrder(GetOrderRequest.builder()
                    .orderId("01234567890123456789").openid("oABC123456").deliveryId("SF").waybillId("123456789")
                    .printType(PrintType.ONE_PART).build());
            out.println("\ngetOrder: order " + order.orderId() + ", waybill " + order.waybillId() + ", status "
                    + order.orderStatus() + ", " + order.printHtml().length() + " chars of Base64 waybill HTML");
            order.waybillData().forEach(d -> out.println("  " + d.key() + " = " + d.value()));

            GetContactResponse contact = client.courier().getContact(
                    GetContactRequest.builder().token("TOKEN").waybillId("12345678901234567890").build());
            out.println("\ngetContact (courier): waybill " + contact.waybillId());
            out.println("  from " + contact.sender().name() + " " + contact.sender().mobile() + ", " + contact.sender().address());
            out.println("  to   " + contact.receiver().name() + " " + contact.receiver().mobile() + ", " + contact.receiver().address());

            client.courier().updatePath(UpdatePathRequest.builder().token("TOKEN").waybillId("12345678901234567890")
                    .actionTime(Instant.ofEpochSecond(1533080000L)).actionType(ActionType.OUT_FOR_DELIVERY)
                    .actionMsg("丽影邓丽君【18666666666】正在派件").build());
            out.println("\nupdatePath (courier): appended \"out for delivery\" to waybill 12345678901234567890");

            GetPathResponse path = client.merchant().getPath(
                    GetPathRequest.builder().orderId("demo-order-12345678901234567890").deliveryId("SF")
                            .waybillId("12345678901234567890").build());
            out.println("\ngetPath: waybill " + path.waybillId() + ", " + path.pathItemNum() + " node(s)");
            path.pathItemList().forEach(p -> out.println("  " + p.actionInstant() + "  " + p.actionType() + "  " + p.actionMsg()));
        }
    }
}
