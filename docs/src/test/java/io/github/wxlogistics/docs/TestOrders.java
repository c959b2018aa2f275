package io.github.wxlogistics.docs;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import java.math.BigDecimal;
import java.util.List;

/** Orders the docs tests place: complete, for buyer {@code oBuyer}, from 张三 in Guangzhou to 李四 in Beijing. */
public final class TestOrders {

    private TestOrders() {
    }

    /**
     * A YUNDA order.
     *
     * @param orderId the order
     * @param bizId   the merchant's account with YUNDA
     * @return the request
     */
    public static AddOrderRequest yunda(String orderId, String bizId) {
        Person sender = Person.builder().name("张三").mobile("13800000000")
                .province("广东省").city("广州市").area("海珠区").address("新港中路 397 号").build();
        Person receiver = Person.builder().name("李四").mobile("13900000000")
                .province("北京市").city("北京市").area("朝阳区").address("建国路 88 号").build();
        Cargo cargo = Cargo.builder().weight(new BigDecimal("1.2")).spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN)
                .spaceZ(BigDecimal.TEN).detailList(List.of(CargoDetail.of("茶叶", 2))).build();
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("YUNDA").bizId(bizId)
                .sender(sender).receiver(receiver).cargo(cargo)
                .shop(Shop.builder().imgUrl("https://shop.example/tea.png").goodsName("西湖龙井").goodsCount(2).build())
                .insured(Insured.none()).service(new ServiceType(0, "标准快件")).build();
    }

    /**
     * An SF cash order (biz_id {@code SF_CASH}, which the fake serves without binding), picked up in two hours.
     *
     * @param orderId the order
     * @return the request
     */
    public static AddOrderRequest cashOrder(String orderId) {
        AddOrderRequest yunda = yunda(orderId, "SF_CASH");
        return AddOrderRequest.builder().orderId(orderId).openid("oBuyer").deliveryId("SF").bizId("SF_CASH")
                .expectTime(java.time.Instant.now().plus(java.time.Duration.ofHours(2)))
                .sender(yunda.sender()).receiver(yunda.receiver()).cargo(yunda.cargo()).shop(yunda.shop())
                .insured(Insured.none()).service(new ServiceType(0, "标准快递")).build();
    }
}
