package io.github.wxlogistics.internal.platform;

import java.util.List;

/**
 * The open platform's request and reply bodies, wire records written and read by the JSON codec
 * (snake_case), never API. Every {@code toString()} hides the secrets a body carries.
 */
public final class PlatformWire {

    private PlatformWire() {
    }

    /** {@code api_component_token} request. */
    public record ComponentTokenRequest(String componentAppid, String componentAppsecret, String componentVerifyTicket) {
        @Override
        public String toString() {
            return "ComponentTokenRequest[componentAppid=" + componentAppid + ", componentAppsecret=***, componentVerifyTicket=***]";
        }
    }

    /** {@code api_component_token} reply. */
    public record ComponentTokenReply(String componentAccessToken, Long expiresIn, Integer errcode, String errmsg) {
        @Override
        public String toString() {
            return "ComponentTokenReply[componentAccessToken=***, expiresIn=" + expiresIn + ", errcode=" + errcode + "]";
        }
    }

    /** {@code api_create_preauthcode} request. */
    public record PreAuthCodeRequest(String componentAppid) {
    }

    /** {@code api_create_preauthcode} reply. */
    public record PreAuthCodeReply(String preAuthCode, Long expiresIn, Integer errcode, String errmsg) {
        @Override
        public String toString() {
            return "PreAuthCodeReply[preAuthCode=***, expiresIn=" + expiresIn + ", errcode=" + errcode + "]";
        }
    }

    /** {@code api_query_auth} request. */
    public record QueryAuthRequest(String componentAppid, String authorizationCode) {
        @Override
        public String toString() {
            return "QueryAuthRequest[componentAppid=" + componentAppid + ", authorizationCode=***]";
        }
    }

    /** {@code api_query_auth} reply. */
    public record QueryAuthReply(AuthorizationInfoReply authorizationInfo, Integer errcode, String errmsg) {
    }

    /** {@code authorization_info} of {@code api_query_auth}. */
    public record AuthorizationInfoReply(String authorizerAppid, String authorizerAccessToken, Long expiresIn,
            String authorizerRefreshToken, List<FuncInfo> funcInfo) {
        @Override
        public String toString() {
            return "AuthorizationInfoReply[authorizerAppid=" + authorizerAppid + ", authorizerAccessToken=***, expiresIn="
                    + expiresIn + ", authorizerRefreshToken=***, funcInfo=" + funcInfo + "]";
        }
    }

    /** One granted permission set. */
    public record FuncInfo(FuncscopeCategory funcscopeCategory) {
    }

    /** A permission set's id. */
    public record FuncscopeCategory(Long id) {
    }

    /** {@code api_authorizer_token} request. */
    public record AuthorizerTokenRequest(String componentAppid, String authorizerAppid, String authorizerRefreshToken) {
        @Override
        public String toString() {
            return "AuthorizerTokenRequest[componentAppid=" + componentAppid + ", authorizerAppid=" + authorizerAppid
                    + ", authorizerRefreshToken=***]";
        }
    }

    /** {@code api_authorizer_token} reply. */
    public record AuthorizerTokenReply(String authorizerAccessToken, Long expiresIn, String authorizerRefreshToken,
            Integer errcode, String errmsg) {
        @Override
        public String toString() {
            return "AuthorizerTokenReply[authorizerAccessToken=***, expiresIn=" + expiresIn
                    + ", authorizerRefreshToken=***, errcode=" + errcode + "]";
        }
    }
}
