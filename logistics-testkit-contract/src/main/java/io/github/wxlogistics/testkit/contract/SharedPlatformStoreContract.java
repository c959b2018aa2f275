package io.github.wxlogistics.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.spi.AccessToken;
import io.github.wxlogistics.spi.AccessTokenProvider;
import io.github.wxlogistics.spi.ComponentTicket;
import io.github.wxlogistics.spi.PlatformStore;
import io.github.wxlogistics.spi.RefreshToken;
import io.github.wxlogistics.spi.TokenSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PlatformStore} shared by a fleet must do besides {@link PlatformStoreContract}:
 * each {@link #createStore} call is one more instance on the same shared state (a new process
 * connecting to the same Redis), and the instances share the ticket, the tokens (one fetch across
 * them, compare-and-refresh across them) and the refresh tokens, and a new instance continues where
 * the others left off.
 *
 * <pre>{@code
 * class RedisPlatformStoreContractTest extends SharedPlatformStoreContract {
 *     @Override
 *     protected PlatformStore createStore(MutableClock clock) {
 *         return RedisPlatformStore.builder(client, uri).clock(clock).build();
 *     }
 * }
 * }</pre>
 */
public abstract class SharedPlatformStoreContract extends PlatformStoreContract {

    /** For subclasses. */
    protected SharedPlatformStoreContract() {
    }

    @Test
    void instancesShareOneFetchPerToken() throws Exception {
        PlatformStore a = store();
        PlatformStore b = store();
        CountingFetch onA = new CountingFetch("authorizer");
        CountingFetch onB = new CountingFetch("authorizer");
        AccessTokenProvider tokensA = a.tokens(merchant("wxmerchant1"), onA);
        AccessTokenProvider tokensB = b.tokens(merchant("wxmerchant1"), onB);
        List<CompletableFuture<AccessToken>> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            callers.add(tokensA.token());
            callers.add(tokensB.token());
        }
        String shared = await(callers.get(0)).value();
        for (CompletableFuture<AccessToken> caller : callers) {
            assertThat(await(caller).value()).isEqualTo(shared);
        }
        assertThat(onA.runs.get() + onB.runs.get()).as("fetches across both instances").isEqualTo(1);
    }

    @Test
    void aRejectionOnBothInstancesCausesOneFetch() throws Exception {
        PlatformStore a = store();
        PlatformStore b = store();
        CountingFetch onA = new CountingFetch("a");
        CountingFetch onB = new CountingFetch("b");
        AccessTokenProvider tokensA = a.tokens(merchant("wxmerchant1"), onA);
        AccessTokenProvider tokensB = b.tokens(merchant("wxmerchant1"), onB);
        AccessToken first = await(tokensA.token());
        assertThat(await(tokensB.token())).isEqualTo(first);

        List<CompletableFuture<AccessToken>> refreshes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refreshes.add(tokensA.refresh(first));
            refreshes.add(tokensB.refresh(first));
        }
        String next = await(refreshes.get(0)).value();
        assertThat(next).isNotEqualTo(first.value());
        for (CompletableFuture<AccessToken> refresh : refreshes) {
            assertThat(await(refresh).value()).isEqualTo(next);
        }
        assertThat(onA.runs.get() + onB.runs.get()).as("fetches across both instances").isEqualTo(2);
    }

    @Test
    void ticketsAndRefreshTokensAreSharedAndARotationIsSeenByAll() throws Exception {
        PlatformStore a = store();
        PlatformStore b = store();
        await(a.saveTicket(componentAppId, new ComponentTicket("ticket@@@shared", clock.instant())));
        assertThat(await(b.ticket(componentAppId)).map(ComponentTicket::value)).contains("ticket@@@shared");

        await(a.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1")));
        assertThat(await(b.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@1"));
        assertThat(await(b.replaceRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1"),
                new RefreshToken("refresh@@@2")))).isTrue();
        assertThat(await(a.replaceRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1"),
                new RefreshToken("refresh@@@lost-race")))).as("A's rotation from a stale refresh token").isFalse();
        assertThat(await(a.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@2"));

        await(b.forget(componentAppId, "wxmerchant1"));
        assertThat(await(a.refreshToken(componentAppId, "wxmerchant1"))).isEmpty();
    }

    @Test
    void aNewInstanceContinuesWithTheKeptTokenAndRefreshToken() throws Exception {
        PlatformStore first = store();
        CountingFetch beforeRestart = new CountingFetch("authorizer");
        await(first.saveRefreshToken(componentAppId, "wxmerchant1", new RefreshToken("refresh@@@1")));
        AccessToken token = await(first.tokens(merchant("wxmerchant1"), beforeRestart).token());

        PlatformStore restarted = store();
        CountingFetch afterRestart = new CountingFetch("restarted");
        assertThat(await(restarted.tokens(merchant("wxmerchant1"), afterRestart).token())).isEqualTo(token);
        assertThat(afterRestart.runs).as("no fetch after the restart").hasValue(0);
        assertThat(await(restarted.refreshToken(componentAppId, "wxmerchant1"))).contains(new RefreshToken("refresh@@@1"));
        assertThat(await(restarted.tokens(TokenSlot.component(componentAppId), new CountingFetch("component")).token())
                .value()).isEqualTo("component-1");
    }
}
