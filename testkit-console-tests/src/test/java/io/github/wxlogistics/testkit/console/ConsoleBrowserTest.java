package io.github.wxlogistics.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.wxlogistics.event.AddExpressPathEvent;
import io.github.wxlogistics.event.AddWaybillEvent;
import io.github.wxlogistics.model.GetOrderRequest;
import io.github.wxlogistics.testkit.SampleRequests;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser, with an app that uses the client and push receivers: what a
 * developer sees and does. One browser and one fake server for the class; the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final long WAIT_SECONDS = 10;

    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = new TestApp();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theWholeLoopIsSeenAndDrivenFromTheConsole() throws Exception {
        browser.driver.get(app.wechat.consoleUri().orElseThrow().toString());
        browser.find("#tab-orders.active");
        browser.until(d -> d.findElement(By.id("live")).getAttribute("class").contains("on"));

        // The app places an order through the client; the courier's receiver answers add_waybill.
        var added = app.client.merchant().addOrder(SampleRequests.cashOrder("browser-1"));
        AddWaybillEvent asked = app.courierGot.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(asked).isNotNull();
        assertThat(asked.orderId()).isEqualTo("browser-1");

        // The console shows it without a reload (live updates).
        WebElement row = browser.find("tr[data-id='order:browser-1']");
        assertThat(row.getText()).contains(added.waybillId()).contains("SF").contains("live");
        browser.screenshot("orders");

        // Advance: add_express_path reaches the app's merchant receiver.
        browser.click("tr[data-id='order:browser-1'] button[data-action='advance']");
        AddExpressPathEvent path = app.merchantGot.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(path).isNotNull();
        assertThat(path.waybillId()).isEqualTo(added.waybillId());
        assertThat(path.actions()).singleElement().satisfies(a -> assertThat(a.actionType().code()).isEqualTo(100001));
        assertThat(browser.find("#result-message").getText()).contains("100001").contains("add_express_path queued");
        browser.until(d -> d.findElement(By.cssSelector("tr[data-id='order:browser-1']")).getText()
                .contains("100001 picked up"));
        browser.click("tr[data-id='order:browser-1']");
        assertThat(browser.find("tr[data-detail='order:browser-1']").getText()).contains("100001 picked up")
                .contains("快件已揽收").contains("••••••");
        browser.find("#result-close").click();
        browser.screenshot("orders-path");

        // Fire add_waybill at the courier's receiver: its reply verified and decrypted.
        browser.find("#tab-pushes").click();
        browser.find("form[data-form='fire:add_waybill'] button[type=submit]").click();
        String fired = browser.until(d -> {
            String text = d.findElement(By.id("result-message")).getText();
            return text.contains("add_waybill to SF") ? text : null;
        });
        assertThat(fired).contains("ANSWERED 200").contains("reply verified (MsgSignature) and decrypted")
                .contains("ResultCode 0");
        assertThat(app.courierGot.poll(WAIT_SECONDS, TimeUnit.SECONDS).orderId()).isEqualTo("console-order-1");
        assertThat(browser.find("#result-detail").getText()).contains("<ResultCode>0</ResultCode>");
        browser.find("#result-close").click();
        browser.until(d -> d.findElement(By.cssSelector(".card")).getText().contains("verified, decrypted"));
        browser.click("tr.row");
        assertThat(browser.find("tr.detail").getText()).contains("<ResultCode>0</ResultCode>")
                .contains("<Token>••••••");
        browser.screenshot("pushes");

        // Expire the token: the app's next call is refused once, refreshes once, and succeeds.
        browser.find("#tab-faults").click();
        long fetchesBefore = tokenFetches();
        browser.find("form[data-form='expire-tokens:Expire all tokens'] button[type=submit]").click();
        browser.until(d -> d.findElement(By.id("result-message")).getText().contains("expired"));
        browser.screenshot("faults");
        var got = app.client.merchant().getOrder(GetOrderRequest.builder().orderId("browser-1").deliveryId("SF")
                .waybillId(added.waybillId()).build());
        assertThat(got.orderId()).isEqualTo("browser-1");
        assertThat(tokenFetches()).isEqualTo(fetchesBefore + 1);
        browser.find("#result-close").click();
        browser.find("#tab-requests").click();
        List<String> newest = browser.until(d -> {
            List<String> rows = d.findElements(By.cssSelector("tr.row")).stream().limit(3).map(WebElement::getText)
                    .toList();
            return rows.size() == 3 && rows.get(0).contains("getOrder") ? rows : null;
        });
        assertThat(newest.get(0)).contains("getOrder").contains(" 200 ").doesNotContain("42001");
        assertThat(newest.get(1)).contains("getStableAccessToken");
        assertThat(newest.get(2)).contains("getOrder").contains("42001");
        browser.until(d -> {
            d.findElements(By.cssSelector("tr.row")).get(2).click();
            return true;
        });
        assertThat(browser.find("tr.detail").getText()).contains("access_token = ••••••");
        browser.screenshot("requests");

        browser.find("#tab-accounts").click();
        browser.find("tr[data-id='courier:SF']");
        browser.screenshot("accounts");
    }

    @Test
    @Order(2)
    void aCrossOriginPostToAConsoleActionIsRefused() throws IOException {
        app.client.merchant().addOrder(SampleRequests.cashOrder("csrf-1"));
        String reset = app.wechat.consoleUri().orElseThrow().resolve("api/action/reset").toString();
        // A page on another origin posts to the console's reset, as a malicious site would.
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<!DOCTYPE html><form method='post' enctype='text/plain' action='" + reset + "'>"
                + "<input name='{\"x\":\"' value='\"}'></form><script>document.forms[0].submit()</script>")
                .getBytes(StandardCharsets.UTF_8);
        other.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        other.start();
        try {
            browser.driver.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
            String refused = browser.until(d -> d.getPageSource().contains("cross-origin request refused")
                    ? d.getPageSource() : null);
            assertThat(refused).contains("is not this console's");
        } finally {
            other.stop(0);
        }
        assertThat(app.wechat.courierToken(app.client.merchant().getOrder(GetOrderRequest.builder().orderId("csrf-1")
                .deliveryId("SF").build()).waybillId())).as("the reset did not run").isPresent();
    }

    private static long tokenFetches() {
        return app.wechat.requests().stream().flatMap(r -> r.operation().stream())
                .filter("getStableAccessToken"::equals).count();
    }
}
