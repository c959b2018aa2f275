package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link PlatformStore} (see its Javadoc): the latest ticket wins, refresh tokens
 * are kept and replaced only by compare-and-set, {@code forget} removes a merchant, and the token
 * providers fetch once for any number of concurrent callers, on one instance and across two
 * instances sharing the store, and again only when the kept token is the rejected one.
 *
 * <pre>{@code
 * class RedisPlatformStoreTest extends PlatformStoreContract {
 *     protected PlatformStore createStore() { return RedisPlatformStore.builder(client, uri).build(); }
 *     protected PlatformStore secondInstance(PlatformStore first) { return RedisPlatformStore.builder(client, uri).build(); }
 * }
 * }</pre>
 * Each test uses fresh AppIDs, so a shared backing store needs no cleaning between tests.
 */
public abstract class PlatformStoreContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** For subclasses. */
    protected PlatformStoreContract() {
    }

    /**
     * A store to test; the suite does not close it.
     *
     * @return a store
     */
    protected abstract PlatformStore createStore();

    /**
     * Another instance sharing {@code first}'s state, as a second process of a fleet would have;
     * the default returns {@code first} itself (a store of one process).
     *
     * @param first the store of the first instance
     * @return the second instance's store
     */
    protected PlatformStore secondInstance(PlatformStore first) {
        return first;
    }

    private static String appId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static <T> T await(CompletableFuture<T> stage) throws Exception {
        return stage.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void theLatestTicketWinsAndAnOlderOneIsIgnored() throws Exception {
        PlatformStore store = createStore();
        String component = appId("wxc");
        Instant now = Instant.now();
        assertThat(await(store.ticket(component))).isEmpty();

        await(store.saveTicket(component, new ComponentTicket("ticket@@@second", now)));
        await(store.saveTicket(component, new ComponentTicket("ticket@@@first", now.minusSeconds(600))));
        assertThat(await(store.ticket(component))).map(ComponentTicket::value).hasValue("ticket@@@second");
        await(secondInstance(store).saveTicket(component, new ComponentTicket("ticket@@@third", now.plusSeconds(600))));
        assertThat(await(store.ticket(component))).map(ComponentTicket::value).hasValue("ticket@@@third");
    }

    @Test
    void aRefreshTokenIsReplacedOnlyIfItIsStillTheExpectedOneAndForgetRemovesIt() throws Exception {
        PlatformStore store = createStore();
        String component = appId("wxc");
        String merchant = appId("wxm");
        RefreshToken first = new RefreshToken("refreshtoken@@@first");
        RefreshToken second = new RefreshToken("refreshtoken@@@second");
        assertThat(await(store.refreshToken(component, merchant))).isEmpty();

        await(store.saveRefreshToken(component, merchant, first));
        assertThat(await(store.replaceRefreshToken(component, merchant, second, new RefreshToken("refreshtoken@@@x"))))
                .isFalse();
        assertThat(await(secondInstance(store).refreshToken(component, merchant))).hasValue(first);
        assertThat(await(store.replaceRefreshToken(component, merchant, first, second))).isTrue();
        assertThat(await(store.refreshToken(component, merchant))).hasValue(second);

        await(store.forget(component, merchant));
        assertThat(await(store.refreshToken(component, merchant))).isEmpty();
        assertThat(await(store.replaceRefreshToken(component, merchant, second, first))).isFalse();
        assertThat(await(store.refreshToken(component, merchant))).isEmpty();
    }

    @Test
    void concurrentCallersOnTwoInstancesShareOneFetchAndARejectionCausesExactlyOneMore() throws Exception {
        PlatformStore store = createStore();
        TokenSlot slot = TokenSlot.authorizer(appId("wxc"), appId("wxm"));
        AtomicInteger fetches = new AtomicInteger();
        CompletableFuture<Void> release = new CompletableFuture<>();
        PlatformStore.TokenFetch fetch = rejected -> {
            int n = fetches.incrementAndGet();
            return release.thenApply(v -> new AccessToken("token-" + n + "-" + UUID.randomUUID(), Instant.now().plusSeconds(3600)));
        };
        AccessTokenProvider one = store.tokens(slot, fetch);
        AccessTokenProvider two = secondInstance(store).tokens(slot, fetch);

        List<CompletableFuture<AccessToken>> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            callers.add((i % 2 == 0 ? one : two).token());
        }
        Thread.sleep(200);   // let every caller find the fetch in flight (or the lease taken) before it completes
        release.complete(null);
        List<String> values = new ArrayList<>();
        for (CompletableFuture<AccessToken> caller : callers) {
            values.add(await(caller).value());
        }
        assertThat(values).as("the token every caller got").containsOnly(values.get(0));
        assertThat(fetches).hasValue(1);

        AccessToken first = await(one.token());
        List<CompletableFuture<AccessToken>> refreshes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refreshes.add((i % 2 == 0 ? one : two).refresh(first));
        }
        for (CompletableFuture<AccessToken> refresh : refreshes) {
            assertThat(await(refresh).value()).isNotEqualTo(first.value());
        }
        assertThat(fetches).as("fetches after a burst of rejections").hasValue(2);
        AccessToken current = await(one.token());
        assertThat(await(two.refresh(first)).value()).as("a stale rejection").isEqualTo(current.value());
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedFetchIsNotKeptAndForgetDropsTheKeptToken() throws Exception {
        PlatformStore store = createStore();
        String component = appId("wxc");
        String merchant = appId("wxm");
        AtomicInteger fetches = new AtomicInteger();
        AccessTokenProvider tokens = store.tokens(TokenSlot.authorizer(component, merchant), rejected ->
                fetches.incrementAndGet() == 1 ? CompletableFuture.failedFuture(new IllegalStateException("refused"))
                        : CompletableFuture.completedFuture(new AccessToken("token-" + fetches.get(), Instant.now().plusSeconds(3600))));

        Optional<Throwable> failure = Optional.empty();
        try {
            await(tokens.token());
        } catch (java.util.concurrent.ExecutionException e) {
            failure = Optional.of(e.getCause());
        }
        assertThat(failure).get().isInstanceOf(IllegalStateException.class);
        assertThat(await(tokens.token()).value()).isEqualTo("token-2");

        await(store.forget(component, merchant));
        assertThat(await(tokens.token()).value()).isEqualTo("token-3");
    }
}
