package io.github.wxlogistics.support;

import io.github.wxlogistics.model.AddOrderRequest;
import io.github.wxlogistics.model.Cargo;
import io.github.wxlogistics.model.CargoDetail;
import io.github.wxlogistics.model.Insured;
import io.github.wxlogistics.model.Person;
import io.github.wxlogistics.model.Service;
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
        Person sender = Person.of("张三", "18666666666", "广东省", "广州市", "海珠区", "XX路XX号XX大厦XX")
                .withTel("020-88888888").withCompany("公司名").withPostCode("123456").withCountry("中国");
        Person receiver = Person.of("王小蒙", "18610000000", "北京市", "北京市", "海淀区", "XX路XX号XX大厦XX");
        Cargo cargo = Cargo.of(new BigDecimal("5.5"), new BigDecimal("30.5"), new BigDecimal("20"), new BigDecimal("20"),
                List.of(CargoDetail.of("一千零一夜钻石包&爱马仕铂金包", 1), CargoDetail.of("爱马仕铂金包", 1))).withCount(2);
        Shop shop = new Shop("/index/index?from=waybill&id=01234567890123456789",
                "https://mmbiz.qpic.cn/mmbiz_png/OiaFLUqewuIDNQnTiaCInIG8ibdosYHhQHPbXJUrqYSNIcBL60vo4LIjlcoNG1QPkeH5GWWEB41Ny895CokeAah8A/640",
                "一千零一夜钻石包&爱马仕铂金包", 2,
                List.of(ShopDetail.of("一千零一夜钻石包", "https://example.com/a.png", "钻石包")));
        return AddOrderRequest.of("01234567890123456789", "oABC123456", "SF", "SF_CASH", sender, receiver, cargo, shop,
                        Insured.of(10000), new Service(0, "标准快递"))
                .withCustomRemark("易碎物品").withTagid(6).withExpectTime(Instant.ofEpochSecond(1555220000L))
                .withTakeMode(TakeMode.OUTLET);
    }

    /** A small valid mini program order. */
    public static AddOrderRequest valid() {
        return AddOrderRequest.of("o1", "openid", "SF", "SF_CASH",
                Person.of("张三", "18666666666", "广东省", "广州市", "海珠区", "XX路1号"),
                Person.of("王小蒙", "18610000000", "北京市", "北京市", "海淀区", "XX路2号"),
                Cargo.of(new BigDecimal("1.2"), BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                        List.of(CargoDetail.of("衣服", 1))),
                Shop.of("https://example.com/a.png", "衣服", 1), Insured.none(), new Service(0, "标准快递"));
    }
}
