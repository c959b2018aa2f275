package io.github.wxlogistics.model;

/**
 * updateBusiness's request (courier side): the result of reviewing a merchant's account.
 *
 * @param shopAppId  the merchant's AppID, the {@code ShopAppID} of the check_biz push (required)
 * @param bizId      the merchant's account (required)
 * @param resultCode 0 approved, anything else rejected
 * @param resultMsg  the reason, when rejected
 */
public record UpdateBusinessRequest(String shopAppId, String bizId, int resultCode, String resultMsg) {

    /** An approval. */
    public static UpdateBusinessRequest approved(String shopAppId, String bizId) {
        return new UpdateBusinessRequest(shopAppId, bizId, 0, null);
    }

    /** A rejection with its reason (result_code 1). */
    public static UpdateBusinessRequest rejected(String shopAppId, String bizId, String resultMsg) {
        return new UpdateBusinessRequest(shopAppId, bizId, 1, resultMsg);
    }
}
