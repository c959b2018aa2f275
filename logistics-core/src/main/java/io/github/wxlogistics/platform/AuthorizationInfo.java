package io.github.wxlogistics.platform;

import java.util.List;
import java.util.Objects;

/**
 * What a merchant granted the platform, from {@code api_query_auth}: its AppID and the permission
 * sets ({@code func_info[].funcscope_category.id}). The tokens of the reply are kept in the
 * platform's store and are not part of this value.
 *
 * @param authorizerAppId the merchant's AppID ({@code authorizer_appid})
 * @param permissionSets  the permission set ids granted, in WeChat's order (45 and 71 are the
 *                        logistics ones; see docs/platform.md)
 * @see <a href="https://developers.weixin.qq.com/doc/oplatform/developers/dev/ThirdParty/token/authorization_info.html">api_query_auth</a>
 */
public record AuthorizationInfo(String authorizerAppId, List<Integer> permissionSets) {

    /**
     * Copies the list.
     *
     * @param authorizerAppId the merchant's AppID
     * @param permissionSets  the permission set ids granted
     */
    public AuthorizationInfo {
        Objects.requireNonNull(authorizerAppId, "authorizerAppId");
        permissionSets = List.copyOf(permissionSets);
    }

    /**
     * Whether the merchant granted a permission set.
     *
     * @param id the permission set id
     * @return whether it is among {@link #permissionSets()}
     */
    public boolean grants(int id) {
        return permissionSets.contains(id);
    }
}
