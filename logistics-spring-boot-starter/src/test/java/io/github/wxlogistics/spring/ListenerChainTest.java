package io.github.wxlogistics.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.platform.ComponentPlatform;
import io.github.wxlogistics.spi.ListenerOutcome;
import io.github.wxlogistics.spi.LogisticsListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The platform gets every LogisticsListener bean, in order, and one that throws silences no other. */
class ListenerChainTest {

    @Test
    void everyListenerIsToldInOrderAndOneThatThrowsStopsNoOther() {
        List<String> told = new CopyOnWriteArrayList<>();
        LogisticsListener throwing = new LogisticsListener() {
            @Override
            public void onCallFinished(CallFinished event) {
                told.add("first");
                throw new IllegalStateException("a broken listener");
            }
        };
        LogisticsListener second = new LogisticsListener() {
            @Override
            public void onCallFinished(CallFinished event) {
                told.add("second:" + event.operation());
            }
        };
        LogisticsListener chain = ListenerChain.of(List.of(throwing, second));
        LogisticsListener.CallFinished finished = new LogisticsListener.CallFinished(new LogisticsListener.Key(), "getPath", Duration.ofMillis(5),
                ListenerOutcome.SUCCESS, 0, 1);
        chain.onCallFinished(finished);
        chain.onCallFinished(finished);

        assertThat(told).containsExactly("first", "second:getPath", "first", "second:getPath");
        assertThat(ListenerChain.of(List.of(second))).as("one listener is passed as it is").isSameAs(second);
        assertThat(ListenerChain.of(List.of())).isNull();
    }

    @Test
    void aMerchantsChainIsEachListenersViewOfThatMerchant() {
        List<String> told = new CopyOnWriteArrayList<>();
        LogisticsListener tagging = new LogisticsListener() {
            @Override
            public LogisticsListener forAuthorizer(String authorizerAppId) {
                return new LogisticsListener() {
                    @Override
                    public void onCallFinished(CallFinished event) {
                        told.add(authorizerAppId + ":" + event.operation());
                    }
                };
            }
        };
        LogisticsListener plain = new LogisticsListener() {
            @Override
            public void onCallFinished(CallFinished event) {
                told.add("plain:" + event.operation());
            }
        };

        LogisticsListener merchant = ListenerChain.of(List.of(tagging, plain)).forAuthorizer("wxmerchant00000001");
        merchant.onCallFinished(new LogisticsListener.CallFinished(new LogisticsListener.Key(), "getPath",
                Duration.ofMillis(5), ListenerOutcome.SUCCESS, 0, 1));

        assertThat(told).containsExactly("wxmerchant00000001:getPath", "plain:getPath");
    }

    @Test
    void aListenerThatThrowsIsLoggedOnceForEveryMerchantTogether() {
        AtomicInteger calls = new AtomicInteger();
        LogisticsListener throwing = new LogisticsListener() {
            @Override
            public void onCallFinished(CallFinished event) {
                calls.incrementAndGet();
                throw new IllegalStateException("a broken listener");
            }
        };
        LogisticsListener chain = ListenerChain.of(List.of(throwing, new LogisticsListener() { }));
        Logger log = Logger.getLogger(ListenerChain.class.getPackageName());
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                chain.forAuthorizer("wxmerchant0000000" + i).onCallFinished(new LogisticsListener.CallFinished(
                        new LogisticsListener.Key(), "getPath", Duration.ofMillis(5), ListenerOutcome.SUCCESS, 0, 1));
            }
        } finally {
            log.removeHandler(capture);
        }

        assertThat(calls).hasValue(3);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void thePlatformStartsWithSeveralListenerBeans() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogisticsAutoConfiguration.class,
                        LogisticsPlatformAutoConfiguration.class))
                .withPropertyValues("wx.logistics.platform.component-app-id=wxcomponent0000001",
                        "wx.logistics.platform.component-secret=s", "wx.logistics.platform.push-token=t",
                        "wx.logistics.platform.encoding-aes-key=" + LogisticsPlatformAutoConfigurationTest.AES_KEY,
                        "wx.logistics.platform.store=memory")
                .withBean("metrics", LogisticsListener.class, () -> new LogisticsListener() { })
                .withBean("audit", LogisticsListener.class, () -> new LogisticsListener() { })
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ComponentPlatform.class));
    }
}
