package io.github.wxlogistics.testkit;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Valid requests for tests, matching {@link FakeData#demo()}: what a test needs when the order's
 * content is not what it is about. Each call builds a new request.
 */
public final class SampleRequests {

    private SampleRequests() {
    }

    /**
     * A cash order with SF ({@code delivery_id} {@code SF}, {@code biz_id} {@code SF_CASH}, the
     * demo data's account): sender in Guangzhou, receiver in Beijing, one 1.2 kg parcel of
     * 10 × 10 × 10 cm, no insurance, service type 0, pickup two hours from now (a cash order needs
     * {@code expect_time}).
     *
     * @param orderId the merchant's {@code order_id}
     * @return the request
     * @throws NullPointerException if {@code orderId} is null
     */
    public static AddOrderRequest cashOrder(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        Person sender = Person.builder().name("张三").mobile("18666666666")
                .province("广东省").city("广州市").area("海珠区").address("XX路1号").build();
        Person receiver = Person.builder().name("王小蒙").mobile("18610000000")
                .province("北京市").city("北京市").area("海淀区").address("XX路2号").build();
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2"))
                .spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN).spaceZ(BigDecimal.TEN)
                .detailList(List.of(CargoDetail.of("衣服", 1))).build();
        Shop shop = Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build();
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("SF").bizId("SF_CASH")
                .expectTime(Instant.now().plus(Duration.ofHours(2)))
                .sender(sender).receiver(receiver).cargo(cargo).shop(shop).insured(Insured.none())
                .service(new ServiceType(0, "标准快递")).build();
    }
}
