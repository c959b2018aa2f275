package io.github.wxlogistics.store.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script and its SHA-1 digest, sent with EVALSHA and loaded with EVAL when Redis lacks it;
 * and every script of this module, each atomic. A script that touches two keys gets keys of one
 * hash slot (the key layout's hash tags), so it runs in a Redis Cluster too.
 */
record LuaScript(String text, String sha1) {

    /**
     * Claims a push: set if absent, else return what is there. KEYS[1] the push key; ARGV[1] the
     * claim value, ARGV[2] its time to live in ms. Returns false when claimed, else the value found.
     */
    static final LuaScript CLAIM = of("""
            local v = redis.call('GET', KEYS[1])
            if v then return v end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return false
            """);

    /**
     * Stores a reply over its own claim, or where the key is gone (the claim expired, or Redis lost
     * it in a restart or failover), never over another claim. KEYS[1] the push key; ARGV[1] the
     * claim value, ARGV[2] the reply value, ARGV[3] its time to live in ms. Returns 1 when stored,
     * 2 when a reply is there already, 0 when another claim holds the key.
     */
    static final LuaScript STORE_REPLY = of("""
            local v = redis.call('GET', KEYS[1])
            if (not v) or v == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              return 1
            end
            if string.sub(v, 1, 1) == 'A' then return 2 end
            return 0
            """);

    /**
     * Compare-and-delete: frees a push claim or a token lease if it still holds this owner's value.
     * KEYS[1] the key; ARGV[1] the value. Returns 1 when freed.
     */
    static final LuaScript RELEASE = of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            return 0
            """);

    /**
     * Stores a token and frees the lease, only if the lease is still this fetcher's. KEYS[1] the
     * token key, KEYS[2] the lease key (one hash slot); ARGV[1] the lease value, ARGV[2] the token
     * value, ARGV[3] its time to live in ms. Returns 1 when stored.
     */
    static final LuaScript STORE_TOKEN = of("""
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              redis.call('DEL', KEYS[2])
              return 1
            end
            return 0
            """);

    /**
     * Keeps a {@code component_verify_ticket} unless a later one is kept. KEYS[1] the ticket key;
     * ARGV[1] the ticket's creation time (epoch ms), ARGV[2] the value
     * ({@code v1:<created ms>:<ticket>}). Returns 1 when stored, 0 when a later ticket is kept.
     */
    static final LuaScript SAVE_TICKET = of("""
            local v = redis.call('GET', KEYS[1])
            if v then
              local at = tonumber(string.match(v, '^v1:(%d+):'))
              if at and at > tonumber(ARGV[1]) then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[2])
            return 1
            """);

    /**
     * Compare-and-set of a refresh token, without expiry: replaces the value if it is still
     * ARGV[1] (or is ARGV[2] already: a retried write). KEYS[1] the refresh-token key; ARGV[1] the
     * expected value, ARGV[2] the new one. Returns 1 when the key holds the new value, else 0.
     */
    static final LuaScript REPLACE_REFRESH = of("""
            local v = redis.call('GET', KEYS[1])
            if v == ARGV[1] or v == ARGV[2] then
              redis.call('SET', KEYS[1], ARGV[2])
              return 1
            end
            return 0
            """);

    /**
     * Sets a value without expiry (a refresh token of a new authorization). KEYS[1] the key;
     * ARGV[1] the value. Returns 1.
     */
    static final LuaScript SET_DURABLE = of("""
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """);

    /**
     * Forgets a merchant: deletes its refresh token, its kept access token and the fetch lease (so
     * that a fetch under way cannot store its token). KEYS[1..3] those keys (one hash slot).
     * Returns how many existed.
     */
    static final LuaScript FORGET = of("""
            return redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
            """);

    static LuaScript of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return new LuaScript(text, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
