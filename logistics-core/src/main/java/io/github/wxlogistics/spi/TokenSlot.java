package io.github.wxlogistics.spi;

import java.util.Objects;

/**
 * Which token of a third-party platform a {@link PlatformStore} keeps: the platform's own
 * {@code component_access_token}, or the {@code authorizer_access_token} of one merchant that
 * authorized it.
 *
 * @param kind           which of the two
 * @param componentAppId the platform's AppID ({@code component_appid})
 * @param appId          the AppID the token is for: the component's own for {@link TokenKind#COMPONENT},
 *                       the merchant's ({@code authorizer_appid}) for {@link TokenKind#AUTHORIZER}
 */
public record TokenSlot(TokenKind kind, String componentAppId, String appId) {

    /** The two kinds of platform token. */
    public enum TokenKind {
        /** {@code component_access_token}, from {@code api_component_token}. */
        COMPONENT,
        /** {@code authorizer_access_token}, from {@code api_authorizer_token}. */
        AUTHORIZER
    }

    /**
     * Checks the AppIDs: present, printable ASCII without {@code :}, {@code {}} or {@code }}, and,
     * for {@link TokenKind#COMPONENT}, {@code appId} equal to {@code componentAppId}.
     *
     * @param kind           which of the two
     * @param componentAppId the platform's AppID
     * @param appId          the AppID the token is for
     */
    public TokenSlot {
        Objects.requireNonNull(kind, "kind");
        checkAppId(componentAppId, "componentAppId");
        checkAppId(appId, "appId");
        if (kind == TokenKind.COMPONENT && !appId.equals(componentAppId)) {
            throw new IllegalArgumentException("a COMPONENT slot's appId must be its componentAppId");
        }
    }

    /**
     * The slot of the platform's {@code component_access_token}.
     *
     * @param componentAppId the platform's AppID
     * @return the slot
     */
    public static TokenSlot component(String componentAppId) {
        return new TokenSlot(TokenKind.COMPONENT, componentAppId, componentAppId);
    }

    /**
     * The slot of one merchant's {@code authorizer_access_token}.
     *
     * @param componentAppId  the platform's AppID
     * @param authorizerAppId the merchant's AppID
     * @return the slot
     */
    public static TokenSlot authorizer(String componentAppId, String authorizerAppId) {
        return new TokenSlot(TokenKind.AUTHORIZER, componentAppId, authorizerAppId);
    }

    /**
     * A stable name for keys: {@code component:<componentAppId>} or
     * {@code authorizer:<componentAppId>:<appId>}.
     *
     * @return the slot's name, the same in every process
     */
    public String id() {
        return kind == TokenKind.COMPONENT ? "component:" + componentAppId : "authorizer:" + componentAppId + ":" + appId;
    }

    /**
     * Checks an AppID for use in store keys.
     *
     * @param value the AppID
     * @param name  the field's name, for the message
     * @return the value
     * @throws IllegalArgumentException naming the field if it is blank, longer than 64 characters,
     *     or holds anything but printable ASCII other than {@code :}, {@code {}} and {@code }}
     * @throws NullPointerException if it is null
     */
    public static String checkAppId(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > 64
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':' && c != '{' && c != '}')) {
            throw new IllegalArgumentException(name + " must be 1 to 64 printable ASCII characters without ':', '{' or '}'");
        }
        return value;
    }
}
