package io.github.wxlogistics.model.intracity;

import java.util.List;

/**
 * An order's goods, in intracity_queryorder's reply. Weight in grams, price in fen.
 *
 * <p>Official page: <a href="https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/same_city_distribution/api_intracity_queryorder">intracity_queryorder</a>.
 *
 * @param cargoName   what is carried
 * @param cargoWeight the weight in grams
 * @param cargoPrice  the value in fen
 * @param cargoType   the kind of goods
 * @param cargoNum    how many pieces
 * @param itemList    the items
 */
public record CargoInfo(String cargoName, Long cargoWeight, Long cargoPrice, CargoType cargoType, Integer cargoNum,
        List<CargoItem> itemList) {
}
