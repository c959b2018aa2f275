package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import io.github.wxlogistics.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PlatformStore} must pass, as JUnit 5 tests: the ticket (latest kept,
 * 12 hours), the shared token providers (single flight, compare-and-refresh, a failed fetch not
 * kept, expiry on the store's clock), refresh tokens (saved, compare-and-set, forgotten), and no
 * secret in {@code toString()}. A store module runs it through a small subclass:
 *
 * <pre>{@code
 * class InMemoryPlatformStoreContractTest extends PlatformStoreContract {
 *     @Override
 *     protected PlatformStore createStore(MutableClock clock) {
 *         return InMemoryPlatformStore.create(clock);
 *     }
 * }
 * }</pre>
 *
 * <p>A store that a fleet shares also runs {@link SharedPlatformStoreContract}. Each test uses its
 * own component AppID, so a store backed by a shared server needs no cleaning between tests. Every
 * wait is bounded.
 */
public abstract class PlatformStoreContract {

    /** The longest any stage of the store may take in these tests. */
    protected static final Duration WAIT = Duration.ofSeconds(10);

    /** The store's clock, starting at the current time (whole seconds); tests move it. */
    protected MutableClock clock;
    /** A component AppID of this test's own. */
    protected String componentAppId;

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** For subclasses. */
    protected PlatformStoreContract() {
    }

    /**
     * A new store under test, on {@code clock}. A shared store returns one more instance on the
     * same shared state each call (see {@link SharedPlatformStoreContract}).
     *
     * @param clock the clock that decides usability of tokens and tickets
     * @return the store; closed after the test if it is {@link AutoCloseable}
     */
    protected abstract PlatformStore createStore(MutableClock clock);

    /** Starts the test's clock and picks its component AppID. */
    @BeforeEach
    protected final void setUpContract() {
        clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        componentAppId = "wxc" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    }

    /**
     * Closes the stores the test created.
     *
     * @throws Exception if a store fails to close
     */
    @AfterEach
    protected final void closeStores() throws Exception {
        for (AutoCloseable store : opened) {
            store.close();
        }
    }

    /**
     * A store created by {@link #createStore}, closed after the test.
     *
     * @return the store
     */
    protected final PlatformStore store() {
        PlatformStore store = createStore(clock);
        assertThat(store).as("createStore").isNotNull();
        if (store instanceof AutoCloseable closeable) {
            opened.add(closeable);
        }
        return store;
    }

    /**
     * Waits for a stage, bounded by {@link #WAIT}.
     *
     * @param stage the stage
     * @param <T>   its type
     * @return its value
     * @throws Exception its failure (wrapped in an {@link ExecutionException}) or a timeout
     */
    protected static <T> T await(CompletableFuture<T> stage) throws Exception {
        return stage.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A fetch counting its runs, returning a new token valid two hours on the test clock. */
    protected final class CountingFetch implements PlatformStore.TokenFetch {
        /** How many fetches ran. */
        public final AtomicInteger runs = new AtomicInteger();
        /** The rejected token the last fetch was given. */
        public final AtomicReference<AccessToken> lastRejected = new AtomicReference<>();
        private final String name;

        /**
         * A fetch of tokens named {@code <name>-<run>}.
         *
         * @param name what the tokens are called
         */
        public CountingFetch(String name) {
            this.name = name;
        }

        @Override
        public CompletableFuture<AccessToken> fetch(AccessToken rejected) {
            lastRejected.set(rejected);
            int run = runs.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> new AccessToken(name + "-" + run,
                    clock.instant().plus(Duration.ofHours(2))), CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));
        }
    }

    /**
     * A merchant's slot under this test's component.
     *
     * @param merchant the merchant's AppID
     * @return the slot
     */
    protected final TokenSlot merchant(String merchant) {
        return TokenSlot.authorizer(componentAppId, merchant);
    }

    @Test
    void theLatestTicketIsKeptAndAnOlderOneIgnored() throws Exception {
        PlatformStore store = store();
        assertThat(await(store.ticket(componentAppId))).isEmpty();
        Instant created = clock.instant().minusSeconds(60);
        await(store.saveTicket(componentAppId, new ComponentTicket("ticket@@@first", created)));
        await(store.saveTicket(componentAppId, new ComponentTicket("ticket@@@older", created.minusSeconds(600))));

        Optional<ComponentTicket> kept = await(store.ticket(componentAppId));
        assertThat(kept).isPresent();
        assertThat(kept.get().value()).isEqualTo("ticket@@@first");
        assertThat(kept.get().createdAt()).isEqualTo(created);

        await(store.saveTicket(componentAppId, new ComponentTicket("ticket@@@second", created.plusSeconds(600))));
        assertThat(await(store.ticket(componentAppId)).map(ComponentTicket::value)).contains("ticket@@@second");
        assertThat(await(store.ticket("wxanothercomponent"))).as("another component's").isEmpty();
    }

    @Test
    void aTicketIsNotUsedTwelveHoursAfterItsCreation() throws Exception {
        PlatformStore store = store();
        Instant created = clock.instant();
        await(store.saveTicket(componentAppId, new ComponentTicket("ticket-of-today", created)));
        clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(await(store.ticket(componentAppId))).isPresent();
        clock.advance(Duration.ofSeconds(2));
        assertThat(await(store.ticket(componentAppId))).isEmpty();
    }

    @Test
    void concurrentCallersShareOneFetchAndTheTokenIsKept() throws Exception {
        PlatformStore store = store();
        CountingFetch fetch = new CountingFetch("authorizer");
        AccessTokenProvider tokens = store.tokens(merchant("wxmerchant1"), fetch);
        List<CompletableFuture<AccessToken>> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            callers.add(tokens.token());
        }
        for (CompletableFuture<AccessToken> caller : callers) {
            assertThat(await(caller).value()).isEqualTo("authorizer-1");
        }
        assertThat(await(tokens.token()).value()).isEqualTo("authorizer-1");
        assertThat(fetch.runs).as("fetches").hasValue(1);
        assertThat(fetch.lastRejected.get()).as("a first fetch rejects nothing").isNull();
    }

    @Test
    void refreshFetchesOnlyWhileTheKeptTokenIsTheRejectedOne() throws Exception {
        PlatformStore store = store();
        CountingFetch fetch = new CountingFetch("authorizer");
        AccessTokenProvider tokens = store.tokens(merchant("wxmerchant1"), fetch);
        AccessToken first = await(tokens.token());

        List<CompletableFuture<AccessToken>> refreshes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refreshes.add(tokens.refresh(first));
        }
        for (CompletableFuture<AccessToken> refresh : refreshes) {
            assertThat(await(refresh).value()).isEqualTo("authorizer-2");
        }
        assertThat(fetch.runs).hasValue(2);
        assertThat(fetch.lastRejected.get().value()).as("the fetch is told what was rejected").isEqualTo("authorizer-1");

        assertThat(await(tokens.refresh(first)).value()).as("a late rejection of the old token").isEqualTo("authorizer-2");
        assertThat(fetch.runs).hasValue(2);
    }

    @Test
    void anExpiredTokenIsFetchedAgain() throws Exception {
        PlatformStore store = store();
        CountingFetch fetch = new CountingFetch("component");
        AccessTokenProvider tokens = store.tokens(TokenSlot.component(componentAppId), fetch);
        assertThat(await(tokens.token()).value()).isEqualTo("component-1");
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        assertThat(await(tokens.token()).value()).isEqualTo("component-2");
        assertThat(fetch.runs).hasValue(2);
    }

    @Test
    void aFailedFetchReachesEveryCallerAndIsNotKept() throws Exception {
        PlatformStore store = store();
        AtomicInteger runs = new AtomicInteger();
        AccessTokenProvider tokens = store.tokens(merchant("wxmerchant1"), rejected -> runs.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("api_authorizer_token refused"))
                : CompletableFuture.completedFuture(new AccessToken("after-failure", clock.instant().plusSeconds(7200))));
        assertThatThrownBy(() -> await(tokens.token())).isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("api_authorizer_token refused");
        assertThat(await(tokens.token()).value()).isEqualTo("after-failure");
        assertThat(runs).hasValue(2);
    }

    @Test
    void slotsAreIndependent() throws Exception {
        PlatformStore store = store();
        CountingFetch one = new CountingFetch("one");
        CountingFetch two = new CountingFetch("two");
        assertThat(await(store.tokens(merchant("wxmerchant1"), one).token()).value()).isEqualTo("one-1");
        assertThat(await(store.tokens(merchant("wxmerchant2"), two).token()).value()).isEqualTo("two-1");
        assertThat(await(store.tokens(TokenSlot.component(componentAppId), new CountingFetch("component")).token())
                .value()).isEqualTo("component-1");
        assertThat(one.runs).hasValue(1);
        assertThat(two.runs).hasValue(1);
    }

    @Test
    void refreshTokensAreSavedAndReplacedOnlyOverTheExpectedOne() throws Exception {
        PlatformStore store = store();
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).isEmpty();
        assertThat(await(store.replaceRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@0"),
                new RefreshToken("refresh@@@1")))).as("replace where none is kept").isFalse();
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).isEmpty();

        await(store.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1")));
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@1"));
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant2"))).as("another merchant's").isEmpty();

        assertThat(await(store.replaceRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@0"),
                new RefreshToken("refresh@@@x")))).as("replace over a stale expectation").isFalse();
        assertThat(await(store.replaceRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1"),
                new RefreshToken("refresh@@@2")))).isTrue();
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@2"));

        await(store.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@reauthorized")));
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1")))
                .contains(new RefreshToken("refresh@@@reauthorized"));
    }

    @Test
    void refreshTokensDoNotExpire() throws Exception {
        PlatformStore store = store();
        await(store.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@durable")));
        clock.advance(Duration.ofDays(400));
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@durable"));
    }

    @Test
    void forgettingAMerchantRemovesItsRefreshTokenAndKeptToken() throws Exception {
        PlatformStore store = store();
        CountingFetch fetch = new CountingFetch("authorizer");
        AccessTokenProvider tokens = store.tokens(merchant("wxmerchant1"), fetch);
        await(store.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1")));
        await(store.saveRefreshToken(componentAppId, "wxmerchant2", new RefreshToken("refresh@@@other")));
        assertThat(await(tokens.token()).value()).isEqualTo("authorizer-1");

        await(store.forget(componentAppId, "wxmerchant1"));
        await(store.forget(componentAppId, "wxnevermerchant"));

        assertThat(await(store.refreshToken(componentAppId, "wxmerchant1"))).isEmpty();
        assertThat(await(store.refreshToken(componentAppId, "wxmerchant2"))).as("another merchant's")
                .contains(new RefreshToken("refresh@@@other"));
        assertThat(await(tokens.token()).value()).as("the kept token is gone: fetched again").isEqualTo("authorizer-2");
    }

    @Test
    void toStringShowsNoSecret() throws Exception {
        PlatformStore store = store();
        await(store.saveTicket(componentAppId, new ComponentTicket("ticket@@@secret", clock.instant())));
        await(store.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@secret")));
        CountingFetch fetch = new CountingFetch("token@@@secret");
        AccessTokenProvider tokens = store.tokens(merchant("wxmerchant1"), fetch);
        await(tokens.token());
        assertThat(store.toString()).doesNotContain("@@@");
        assertThat(tokens.toString()).doesNotContain("@@@");
    }
}
