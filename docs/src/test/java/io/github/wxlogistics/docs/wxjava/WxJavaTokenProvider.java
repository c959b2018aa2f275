package io.github.wxlogistics.docs.wxjava;

// tag::imports[]
import cn.binarywang.wx.miniapp.api.WxMaService;
import io.github.wxlogistics.error.ApiException;
import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import me.chanjar.weixin.common.error.WxErrorException;
// end::imports[]

/**
 * The token-sharing recipe of docs/migrating-from-wxjava.md: the access token WxJava already
 * manages, handed to this library, so one AppID has one classic-token owner while both libraries
 * run side by side.
 */
// tag::provider[]
public final class WxJavaTokenProvider implements AccessTokenProvider {

    private final WxMaService wxJava;
    private final Executor fetches;   // WxJava fetches block: never on the caller's (maybe event-loop) thread

    /** WxJava's service, and the threads that may block on its token fetch. */
    public WxJavaTokenProvider(WxMaService wxJava, Executor fetches) {
        this.wxJava = Objects.requireNonNull(wxJava, "wxJava");
        this.fetches = Objects.requireNonNull(fetches, "fetches");
    }

    @Override
    public CompletableFuture<AccessToken> token() {
        if (!wxJava.getWxMaConfig().isAccessTokenExpired()) {   // WxJava's cached token: no I/O
            return CompletableFuture.completedFuture(current());
        }
        return CompletableFuture.supplyAsync(() -> fetch(false), fetches);
    }

    @Override
    public CompletableFuture<AccessToken> refresh(AccessToken rejected) {
        return CompletableFuture.supplyAsync(() -> {
            AccessToken now = current();
            // Compare-and-refresh: a burst of 40001s forces one new token, not one each.
            return now != null && !now.value().equals(rejected.value()) ? now : fetch(true);
        }, fetches);
    }

    private AccessToken current() {
        String value = wxJava.getWxMaConfig().getAccessToken();
        return value == null ? null
                : new AccessToken(value, Instant.ofEpochMilli(wxJava.getWxMaConfig().getExpiresTime()));
    }

    private AccessToken fetch(boolean force) {
        try {
            wxJava.getAccessToken(force);   // WxJava's lock, cache and (classic or stable) endpoint
            return current();
        } catch (WxErrorException e) {       // errcode and errmsg only: WxJava's message may quote the URL
            throw new CompletionException(ApiException.of("getAccessToken", e.getError().getErrorCode(),
                    e.getError().getErrorMsg()));
        }
    }
}
// end::provider[]
