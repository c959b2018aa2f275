package io.github.wxlogistics.model;

import java.util.List;

/**
 * getPath's reply.
 *
 * @param openid       the buyer's openid
 * @param deliveryId   courier ID
 * @param waybillId    waybill ID
 * @param pathItemNum  number of nodes
 * @param pathItemList the nodes, oldest first as WeChat sends them
 */
public record GetPathResponse(String openid, String deliveryId, String waybillId, int pathItemNum,
        List<PathItem> pathItemList) {

    /**
     * Copies {@code pathItemList}, reading {@code null} as empty.
     *
     * @param openid the buyer's openid
     * @param deliveryId courier ID
     * @param waybillId waybill ID
     * @param pathItemNum number of nodes
     * @param pathItemList the nodes, oldest first as WeChat sends them
     */
    public GetPathResponse {
        pathItemList = pathItemList == null ? List.of() : List.copyOf(pathItemList);
    }
}
