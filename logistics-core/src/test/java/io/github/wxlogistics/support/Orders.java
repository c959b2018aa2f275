package io.github.wxlogistics.support;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.ServiceType;
import io.github.wxlogistics.model.Shop;
import io.github.wxlogistics.model.ShopDetail;
import io.github.wxlogistics.model.TakeMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** addOrder requests for tests: the one in golden/addOrder-request.txt, and a small valid one. */
public final class Orders {

    private Orders() {
    }

    /** Equals golden/addOrder-request.txt on the wire. */
    public static AddOrderRequest golden() {
        Person sender = Person.builder().name("张三").tel("020-88888888").mobile("18666666666").company("公司名")
                .postCode("123456").country("中国").province("广东省").city("广州市").area("海珠区")
                .address("XX路XX号XX大厦XX").build();
        Person receiver = Person.builder().name("王小蒙").mobile("18610000000").province("北京市").city("北京市")
                .area("海淀区").address("XX路XX号XX大厦XX").build();
        Cargo cargo = Cargo.builder().count(2).weight(new BigDecimal("5.5")).spaceX(new BigDecimal("30.5"))
                .spaceY(new BigDecimal("20")).spaceZ(new BigDecimal("20"))
                .detailList(List.of(CargoDetail.of("一千零一夜钻石包&爱马仕铂金包", 1), CargoDetail.of("爱马仕铂金包", 1)))
                .build();
        Shop shop = Shop.builder().wxaPath("/index/index?from=waybill&id=01234567890123456789")
                .imgUrl("https://mmbiz.qpic.cn/mmbiz_png/OiaFLUqewuIDNQnTiaCInIG8ibdosYHhQHPbXJUrqYSNIcBL60vo4LIjlcoNG1QPkeH5GWWEB41Ny895CokeAah8A/640")
                .goodsName("一千零一夜钻石包&爱马仕铂金包").goodsCount(2)
                .detailList(List.of(ShopDetail.builder().goodsName("一千零一夜钻石包")
                        .goodsImgUrl("https://example.com/a.png").goodsDesc("钻石包").build()))
                .build();
        return AddOrderRequest.builder().orderId("01234567890123456789").openid("oABC123456").deliveryId("SF")
                .bizId("SF_CASH").customRemark("易碎物品").tagid(6).sender(sender).receiver(receiver).cargo(cargo)
                .shop(shop).insured(Insured.of(10000)).service(new ServiceType(0, "标准快递"))
                .expectTime(Instant.ofEpochSecond(1555220000L)).takeMode(TakeMode.OUTLET).build();
    }

    /** A small valid mini program order. */
    public static AddOrderRequest valid() {
        // A contract customer code: an SF_CASH order would need an expect_time in the future.
        return AddOrderRequest.builder().orderId("o1").openid("openid").deliveryId("SF").bizId("SF_CONTRACT_001")
                .sender(Person.builder().name("张三").mobile("18666666666").province("广东省").city("广州市")
                        .area("海珠区").address("XX路1号").build())
                .receiver(Person.builder().name("王小蒙").mobile("18610000000").province("北京市").city("北京市")
                        .area("海淀区").address("XX路2号").build())
                .cargo(Cargo.builder().weight(new BigDecimal("1.2")).spaceX(BigDecimal.TEN).spaceY(BigDecimal.TEN)
                        .spaceZ(BigDecimal.TEN).detailList(List.of(CargoDetail.of("衣服", 1))).build())
                .shop(Shop.builder().imgUrl("https://example.com/a.png").goodsName("衣服").goodsCount(1).build())
                .insured(Insured.none()).service(new ServiceType(0, "标准快递")).build();
    }
}
