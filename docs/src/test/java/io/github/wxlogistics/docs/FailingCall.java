package io.github.wxlogistics.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.wxlogistics.LogisticsClient;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.testkit.FakeResponse;
import io.github.wxlogistics.testkit.FakeWeChatServer;
import io.github.wxlogistics.transport.jdk.JdkHttpTransport;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One successful and one failed getOrder against the fake server, on the JDK transport, for the
 * logging route tests: whatever backend System.Logger goes to, the failure must arrive there as
 * one WARNING line naming the operation and the errcode, and neither credential.
 *
 * @param appSecret   the AppSecret the client used
 * @param accessToken the access token the fake server issued and the client sent
 */
record FailingCall(String appSecret, String accessToken) {

    static final String APP_SECRET = "APP-SECRET-d0c5-4e11";
    static final int ERRCODE = 9300502;

    static FailingCall run() {
        try (FakeWeChatServer server = FakeWeChatServer.builder().appSecret(APP_SECRET).demoData().start();
                JdkHttpTransport transport = JdkHttpTransport.create();
                LogisticsClient client = LogisticsClient.builder()
                        .credentials(server.appId(), server.appSecret())
                        .baseUri(server.baseUri())
                        .transport(transport)
                        .build()) {
            GetOrderRequest order = GetOrderRequest.builder().orderId("01234567890123456789").deliveryId("SF").build();
            client.merchant().getOrder(order);
            server.enqueue("getOrder", FakeResponse.errcode(ERRCODE, "order not exists"));
            Throwable thrown = catchThrowable(() -> client.merchant().getOrder(order));
            assertThat(thrown).isInstanceOf(ApiException.class);
            String token = server.requests().stream().filter(r -> r.operation().equals(java.util.Optional.of("getOrder")))
                    .flatMap(r -> r.queryParameter("access_token").stream()).findFirst().orElseThrow();
            return new FailingCall(APP_SECRET, token);
        }
    }

    /**
     * Waits until {@code logged} holds: the call layer writes its line on the thread that ended the
     * call, just after the caller's future completed, so the caller can get there first.
     */
    static void awaitLogLine(BooleanSupplier logged) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!logged.getAsBoolean() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** What the line must say: the operation, the attempt and WeChat's errcode and errmsg. */
    static String expectedMessageStart() {
        return "getOrder: failed on attempt 1 after ";
    }

    static String expectedCause() {
        return "getOrder failed: errcode " + ERRCODE + " (order not exists";
    }
}
