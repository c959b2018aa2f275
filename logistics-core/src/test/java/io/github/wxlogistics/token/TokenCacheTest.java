package io.github.wxlogistics.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The public single-flight cache the core's providers and the Redis module's provider share: one
 * fetch for concurrent callers, compare-and-refresh, the maximum age, the rejected token handed to
 * the fetch, and a refresh that joined a fetch bringing back the rejected token.
 */
class TokenCacheTest {

    private final TestClock clock = TestClock.atEpochSecond(1_700_000_000);
    private final List<CompletableFuture<AccessToken>> fetches = Collections.synchronizedList(new ArrayList<>());
    private final List<AccessToken> rejectedSeen = Collections.synchronizedList(new ArrayList<>());

    private TokenCache.Fetch recording() {
        return rejected -> {
            rejectedSeen.add(rejected);
            CompletableFuture<AccessToken> fetch = new CompletableFuture<>();
            fetches.add(fetch);
            return fetch;
        };
    }

    private AccessToken token(String value) {
        return new AccessToken(value, clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void concurrentCallersShareOneFetchAndTheTokenIsKeptWhileUsable() throws Exception {
        TokenCache cache = TokenCache.create(recording(), clock);
        CompletableFuture<AccessToken> first = cache.token();
        CompletableFuture<AccessToken> second = cache.token();
        assertThat(fetches).hasSize(1);
        fetches.get(0).complete(token("t1"));
        assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo("t1");
        assertThat(second.get(5, TimeUnit.SECONDS).value()).isEqualTo("t1");
        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.token().get(5, TimeUnit.SECONDS).value()).isEqualTo("t1");
        assertThat(fetches).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        cache.token();
        assertThat(fetches).as("expired: fetched again").hasSize(2);
    }

    @Test
    void refreshFetchesOnlyWhileTheCachedTokenIsTheRejectedOneAndTellsTheFetchWhichItWas() throws Exception {
        TokenCache cache = TokenCache.create(recording(), clock);
        cache.token();
        fetches.get(0).complete(token("t1"));
        AccessToken t1 = cache.token().get(5, TimeUnit.SECONDS);
        CompletableFuture<AccessToken> a = cache.refresh(t1);
        CompletableFuture<AccessToken> b = cache.refresh(t1);
        assertThat(fetches).hasSize(2);
        assertThat(rejectedSeen).containsExactly(null, t1);
        fetches.get(1).complete(token("t2"));
        assertThat(a.get(5, TimeUnit.SECONDS).value()).isEqualTo("t2");
        assertThat(b.get(5, TimeUnit.SECONDS).value()).isEqualTo("t2");
        assertThat(cache.refresh(t1).get(5, TimeUnit.SECONDS).value()).as("already replaced: no fetch").isEqualTo("t2");
        assertThat(fetches).hasSize(2);
    }

    @Test
    void aRefreshThatJoinedAFetchBringingBackTheRejectedTokenFetchesOnceMore() throws Exception {
        TokenCache cache = TokenCache.create(recording(), clock, Duration.ofMinutes(1));
        cache.token();
        fetches.get(0).complete(token("t1"));
        AccessToken t1 = cache.token().get(5, TimeUnit.SECONDS);
        clock.advance(Duration.ofMinutes(1));    // too old: the next call reads its source again
        CompletableFuture<AccessToken> read = cache.token();
        CompletableFuture<AccessToken> refreshed = cache.refresh(t1);
        CompletableFuture<AccessToken> alsoRefreshed = cache.refresh(t1);
        assertThat(fetches).hasSize(2);
        fetches.get(1).complete(t1);             // the source still had the token WeChat just refused
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(t1);
        assertThat(fetches).as("one more fetch for both refreshes").hasSize(3);
        assertThat(rejectedSeen).containsExactly(null, null, t1);
        fetches.get(2).complete(token("t2"));
        assertThat(refreshed.get(5, TimeUnit.SECONDS).value()).isEqualTo("t2");
        assertThat(alsoRefreshed.get(5, TimeUnit.SECONDS).value()).isEqualTo("t2");
    }

    @Test
    void maxAgeBoundsHowLongATokenIsServedAndAFailedFetchIsNotCached() throws Exception {
        TokenCache cache = TokenCache.create(recording(), clock, Duration.ofSeconds(30));
        CompletableFuture<AccessToken> failed = cache.token();
        fetches.get(0).completeExceptionally(new IllegalStateException("source down"));
        assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        cache.token();
        assertThat(fetches).as("the failure was not cached").hasSize(2);
        fetches.get(1).complete(token("t1"));
        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.token().get(5, TimeUnit.SECONDS).value()).isEqualTo("t1");
        assertThat(fetches).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        cache.token();
        assertThat(fetches).hasSize(3);
        assertThatThrownBy(() -> TokenCache.create(recording(), clock, Duration.ofSeconds(-1)))
                .hasMessageContaining("maxAge must not be negative");
    }

    @Test
    void aCallerThatCancelsItsCopyDoesNotCancelTheSharedFetch() throws Exception {
        TokenCache cache = TokenCache.create(recording(), clock);
        CompletableFuture<AccessToken> impatient = cache.token();
        CompletableFuture<AccessToken> patient = cache.token();
        impatient.cancel(true);
        fetches.get(0).complete(token("t1"));
        assertThat(patient.get(5, TimeUnit.SECONDS).value()).isEqualTo("t1");
    }
}
