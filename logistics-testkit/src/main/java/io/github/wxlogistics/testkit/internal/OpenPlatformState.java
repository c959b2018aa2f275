package io.github.wxlogistics.testkit.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open platform the fake plays for one registered third-party platform (component): its
 * tickets, component tokens, pre-authorization and authorization codes, and for each merchant that
 * authorized it the permission sets, refresh token and authorizer tokens; with WeChat's errcodes
 * for every refusal. Every secret it issues has WeChat's shape ({@code ticket@@@...},
 * {@code preauthcode@@@...}, {@code queryauthcode@@@...}, {@code refreshtoken@@@...}; tokens are
 * 128 characters like the fake's access tokens), so the build's secret scanner finds them.
 * Thread-safe (one bounded lock).
 */
public final class OpenPlatformState {

    /** WeChat's validity of a component_verify_ticket. */
    static final Duration TICKET_VALIDITY = Duration.ofHours(12);
    private static final Duration CODE_VALIDITY = Duration.ofMinutes(30);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    /** The permission sets a call needs (any one of them), by operation; calls not listed need 45. */
    private static final Map<String, Set<Integer>> PERMISSIONS = Map.ofEntries(
            Map.entry("getDeliveryList", Set.of(45, 120, 121, 142)),
            Map.entry("traceWaybill", Set.of(45, 120, 121, 142)),
            Map.entry("queryTrace", Set.of(45, 120, 121, 142)),
            Map.entry("updateWaybillGoods", Set.of(45, 120, 121, 142)),
            Map.entry("getReturnId", Set.of(45, 85)));
    /** The Logistics Assistant's merchant calls: 45 or 71. */
    private static final Set<String> ASSISTANT = Set.of("addOrder", "batchGetOrder", "cancelOrder", "getOrder", "getPath",
            "testUpdateOrder", "getAllAccount", "bindAccount", "getAllDelivery", "getPrinter", "updatePrinter", "getQuota");
    /** The courier-side calls, which WeChat does not open to third parties. */
    private static final Set<String> COURIER_ONLY = Set.of("getContact", "updatePath", "previewTemplate", "updateBusiness");

    private record Token(String appId, Instant expiresAt) {
    }

    private record Code(String appId, Instant expiresAt) {
    }

    /** One merchant that authorized (or had authorized) the platform. */
    private static final class Merchant {
        final Set<Integer> permissionSets = new LinkedHashSet<>();
        boolean authorized;
        String refreshToken;
        final Set<String> openedPlugins = new LinkedHashSet<>();
        final Map<String, Integer> pluginRefusals = new HashMap<>();
        int tokenFetches;
    }

    private final BoundedLock lock = new BoundedLock();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration tokenLifetime;
    private final String componentAppId;
    private final String componentSecret;
    private final Map<String, Instant> tickets = new HashMap<>();
    private String latestTicket;
    private final Map<String, Instant> componentTokens = new HashMap<>();
    private final Map<String, Instant> preAuthCodes = new HashMap<>();
    private final Map<String, Code> authorizationCodes = new HashMap<>();
    private final Map<String, Token> authorizerTokens = new HashMap<>();
    private final Map<String, Merchant> merchants = new HashMap<>();
    private boolean rotateRefreshTokens;
    private int componentTokenFetches;

    /** A platform whose tokens live {@code tokenLifetime}. */
    public OpenPlatformState(Clock clock, Duration tokenLifetime, String componentAppId, String componentSecret) {
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.componentAppId = componentAppId;
        this.componentSecret = componentSecret;
    }

    /** The component's AppID. */
    public String componentAppId() {
        return componentAppId;
    }

    /** A new ticket, the latest from now on; earlier ones stay valid for their 12 hours. */
    public String issueTicket() {
        return lock.locked(() -> {
            String ticket = "ticket@@@" + randomText(86);
            tickets.put(ticket, clock.instant());
            latestTicket = ticket;
            return ticket;
        });
    }

    /** Whether api_authorizer_token hands out a new refresh token each time (the old one then stops working). */
    public void rotateRefreshTokens(boolean rotate) {
        lock.locked(() -> {
            rotateRefreshTokens = rotate;
            return null;
        });
    }

    /** A merchant authorizes (or re-authorizes) the platform with these sets: a new authorization code. */
    public String authorize(String appId, Set<Integer> permissionSets) {
        return lock.locked(() -> {
            Merchant m = merchants.computeIfAbsent(appId, a -> new Merchant());
            m.permissionSets.clear();
            m.permissionSets.addAll(permissionSets);
            m.authorized = true;
            String code = "queryauthcode@@@" + randomText(86);
            authorizationCodes.put(code, new Code(appId, clock.instant().plus(CODE_VALIDITY)));
            return code;
        });
    }

    /** A merchant revokes the authorization: its refresh token and tokens stop working at once. */
    public void deauthorize(String appId) {
        lock.locked(() -> {
            Merchant m = merchants.get(appId);
            if (m != null) {
                m.authorized = false;
                m.refreshToken = null;
            }
            authorizerTokens.values().removeIf(t -> t.appId().equals(appId));
            return null;
        });
    }

    /** Whether the merchant's authorization stands. */
    public boolean isAuthorized(String appId) {
        return lock.locked(() -> merchants.containsKey(appId) && merchants.get(appId).authorized);
    }

    /** The merchant's current refresh token, if authorized and redeemed. */
    public Optional<String> refreshToken(String appId) {
        return lock.locked(() -> Optional.ofNullable(merchants.get(appId)).map(m -> m.refreshToken));
    }

    /** api_authorizer_token calls served for the merchant (refused ones included). */
    public int authorizerTokenFetches(String appId) {
        return lock.locked(() -> merchants.containsKey(appId) ? merchants.get(appId).tokenFetches : 0);
    }

    /** api_component_token calls served (refused ones included). */
    public int componentTokenFetches() {
        return lock.locked(() -> componentTokenFetches);
    }

    /** Expires every component token now. */
    public void expireComponentTokens() {
        lock.locked(() -> {
            Instant now = clock.instant();
            componentTokens.replaceAll((t, at) -> at.isAfter(now) ? now : at);
            return null;
        });
    }

    /** Expires the merchant's authorizer tokens now (every merchant's when {@code appId} is null). */
    public void expireAuthorizerTokens(String appId) {
        lock.locked(() -> {
            Instant now = clock.instant();
            authorizerTokens.replaceAll((t, e) -> (appId == null || e.appId().equals(appId)) && e.expiresAt().isAfter(now)
                    ? new Token(e.appId(), now) : e);
            return null;
        });
    }

    /** The next "apply to open" call of {@code operation} by the merchant is refused with {@code errcode}. */
    public void refusePlugin(String appId, String operation, int errcode) {
        lock.locked(() -> merchants.computeIfAbsent(appId, a -> new Merchant()).pluginRefusals.put(operation, errcode));
    }

    /**
     * The verdict on a business call with {@code token}: empty when the token is not an authorizer
     * token at all; 0 when served; 42001 expired; 61007 the merchant did not grant a set the call
     * needs; 48001 a call WeChat does not open to third parties.
     */
    public Optional<Integer> checkAuthorizerCall(String token, String operation) {
        return lock.locked(() -> {
            Token t = authorizerTokens.get(token);
            if (t == null) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(t.expiresAt())) {
                return Optional.of(42001);
            }
            if (COURIER_ONLY.contains(operation)) {
                return Optional.of(48001);
            }
            Set<Integer> needs = ASSISTANT.contains(operation) ? Set.of(45, 71)
                    : operation.startsWith("intracity_") ? Set.of(51, 71) : PERMISSIONS.getOrDefault(operation, Set.of(45));
            Merchant m = merchants.get(t.appId());
            boolean granted = m != null && m.permissionSets.stream().anyMatch(needs::contains);
            return Optional.of(granted ? 0 : 61007);
        });
    }

    /** The merchant a usable authorizer token is for. */
    public Optional<String> authorizerOf(String token) {
        return lock.locked(() -> {
            Token t = token == null ? null : authorizerTokens.get(token);
            return t != null && clock.instant().isBefore(t.expiresAt()) ? Optional.of(t.appId()) : Optional.empty();
        });
    }

    /** One "apply to open" call by the merchant: 933003 when already open, a refusal set by the test, else opened. */
    public JsonObject applyPlugin(String token, String operation) {
        return lock.locked(() -> {
            Token t = token == null ? null : authorizerTokens.get(token);
            if (t == null) {
                throw ApiError.of(933004);
            }
            Merchant m = merchants.get(t.appId());
            Integer refusal = m.pluginRefusals.remove(operation);
            if (refusal != null) {
                throw ApiError.of(refusal);
            }
            if (!m.openedPlugins.add(operation)) {
                throw ApiError.of(933003);
            }
            return Jsons.object().add("errcode", 0).add("errmsg", "ok").build();
        });
    }

    /** api_component_token. */
    public JsonObject componentToken(JsonObject body) {
        return lock.locked(() -> {
            componentTokenFetches++;
            String appId = Jsons.optString(body, "component_appid");
            if (appId == null || appId.isEmpty()) {
                throw ApiError.of(41018);
            }
            if (!appId.equals(componentAppId)) {
                throw ApiError.of(40013);
            }
            if (!componentSecret.equals(Jsons.optString(body, "component_appsecret"))) {
                throw ApiError.of(40125);
            }
            Instant created = tickets.get(Jsons.optString(body, "component_verify_ticket", ""));
            if (created == null) {
                throw ApiError.of(61006);
            }
            if (!clock.instant().isBefore(created.plus(TICKET_VALIDITY))) {
                throw ApiError.of(61005);
            }
            String token = randomText(TokenRegistry.TOKEN_LENGTH);
            componentTokens.put(token, clock.instant().plus(tokenLifetime));
            return Jsons.object().add("component_access_token", token).add("expires_in", tokenLifetime.toSeconds()).build();
        });
    }

    /** api_create_preauthcode. */
    public JsonObject preAuthCode(Map<String, String> query, JsonObject body) {
        return lock.locked(() -> {
            checkComponentToken(query, body);
            String code = "preauthcode@@@" + randomText(64);
            preAuthCodes.put(code, clock.instant().plus(CODE_VALIDITY));
            return Jsons.object().add("pre_auth_code", code).add("expires_in", CODE_VALIDITY.toSeconds()).build();
        });
    }

    /** api_query_auth: redeems an authorization code once. */
    public JsonObject queryAuth(Map<String, String> query, JsonObject body) {
        return lock.locked(() -> {
            checkComponentToken(query, body);
            Code code = authorizationCodes.remove(Jsons.optString(body, "authorization_code", ""));
            if (code == null || !clock.instant().isBefore(code.expiresAt())) {
                throw ApiError.of(61010);
            }
            Merchant m = merchants.get(code.appId());
            if (m == null || !m.authorized) {
                throw ApiError.of(61003);
            }
            m.refreshToken = "refreshtoken@@@" + randomText(43);
            String token = issueAuthorizerToken(code.appId());
            JsonArrayBuilder funcs = Jsons.array();
            m.permissionSets.forEach(id -> funcs.add(Jsons.object().add("funcscope_category", Jsons.object().add("id", id))));
            return Jsons.object().add("authorization_info", Jsons.object()
                    .add("authorizer_appid", code.appId())
                    .add("authorizer_access_token", token)
                    .add("expires_in", tokenLifetime.toSeconds())
                    .add("authorizer_refresh_token", m.refreshToken)
                    .add("func_info", funcs)).build();
        });
    }

    /** api_authorizer_token: a new authorizer token for a refresh token; rotates it when asked to. */
    public JsonObject authorizerToken(Map<String, String> query, JsonObject body) {
        return lock.locked(() -> {
            checkComponentToken(query, body);
            String appId = Jsons.optString(body, "authorizer_appid", "");
            Merchant m = merchants.get(appId);
            if (m != null) {
                m.tokenFetches++;
            }
            if (m == null || !m.authorized) {
                throw ApiError.of(61003);
            }
            if (m.refreshToken == null || !m.refreshToken.equals(Jsons.optString(body, "authorizer_refresh_token"))) {
                throw ApiError.of(61023);
            }
            if (rotateRefreshTokens) {
                m.refreshToken = "refreshtoken@@@" + randomText(43);
            }
            return Jsons.object().add("authorizer_access_token", issueAuthorizerToken(appId))
                    .add("expires_in", tokenLifetime.toSeconds())
                    .add("authorizer_refresh_token", m.refreshToken).build();
        });
    }

    /** The open platform's status of the component's tokens, tickets and merchants, for the console and tests. */
    public List<String> authorizedMerchants() {
        return lock.locked(() -> merchants.entrySet().stream().filter(e -> e.getValue().authorized)
                .map(Map.Entry::getKey).sorted().toList());
    }

    private void checkComponentToken(Map<String, String> query, JsonObject body) {
        String token = query.get("component_access_token");
        if (token == null || token.isEmpty()) {
            throw ApiError.withHint(41001, "component_access_token missing");
        }
        Instant expiresAt = componentTokens.get(token);
        if (expiresAt == null) {
            throw ApiError.of(40001);
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw ApiError.of(42001);
        }
        if (!componentAppId.equals(Jsons.optString(body, "component_appid"))) {
            throw ApiError.of(40013);
        }
    }

    private String issueAuthorizerToken(String appId) {
        String token = randomText(TokenRegistry.TOKEN_LENGTH);
        authorizerTokens.put(token, new Token(appId, clock.instant().plus(tokenLifetime)));
        return token;
    }

    private String randomText(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
