package io.github.wxlogistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxlogistics.event.AuthorizedEvent;
import io.github.wxlogistics.event.ComponentVerifyTicketEvent;
import io.github.wxlogistics.event.PushMode;
import io.github.wxlogistics.event.PushResponse;
import io.github.wxlogistics.event.UnauthorizedEvent;
import io.github.wxlogistics.event.UpdateAuthorizedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A third-party platform's authorization events, routed on {@code InfoType} and decoded from the
 * decrypted samples of WeChat's pages (component_verify_ticket, authorize_event), in safe mode.
 */
class PlatformEventsTest {

    private static final String TICKET = "<xml><AppId>some_appid</AppId><CreateTime>1413192605</CreateTime>"
            + "<InfoType>component_verify_ticket</InfoType><ComponentVerifyTicket>ticket@@@some_verify_ticket_0123456789"
            + "</ComponentVerifyTicket></xml>";
    // The shape WeChat sends (from a developer's decrypted log): CDATA everywhere, the expiry as text.
    private static final String AUTHORIZED = "<xml><AppId><![CDATA[wx851e238de6d96eaa]]></AppId>\n"
            + "<CreateTime>1573485628</CreateTime>\n<InfoType><![CDATA[authorized]]></InfoType>"
            + "<AuthorizerAppid><![CDATA[wx570bc396a51b8ff8]]></AuthorizerAppid>"
            + "<AuthorizationCode><![CDATA[queryauthcode@@@Xl2LZcrxQBKwGbVHEk7ube]]></AuthorizationCode>"
            + "<AuthorizationCodeExpiredTime><![CDATA[1573489228]]></AuthorizationCodeExpiredTime>"
            + "<PreAuthCode><![CDATA[preauthcode@@@sHSgAQxcW9ZmU72jbg1ZFh]]></PreAuthCode></xml>";
    private static final String UPDATE = AUTHORIZED.replace("[authorized]", "[updateauthorized]");
    private static final String UNAUTHORIZED = "<xml><AppId>some_appid</AppId><CreateTime>1413192760</CreateTime>"
            + "<InfoType>unauthorized</InfoType><AuthorizerAppid>otherappid</AuthorizerAppid></xml>";

    @Test
    void theFourEventsAreRoutedOnInfoTypeAndDecodedFieldByField() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        try (PushReceiver receiver = Pushes.receiver(PushMode.SAFE)
                .on(ComponentVerifyTicketEvent.class, seen::add).on(AuthorizedEvent.class, seen::add)
                .on(UpdateAuthorizedEvent.class, seen::add).on(UnauthorizedEvent.class, seen::add).build()) {
            for (String push : List.of(TICKET, AUTHORIZED, UPDATE, UNAUTHORIZED)) {
                PushResponse answer = Pushes.await(receiver.handle(Pushes.encrypted(push, "xml", Pushes.APP_ID, Pushes.NOW)));
                assertThat(answer.status()).isEqualTo(200);
                assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("success");
            }
        }

        assertThat(seen).hasSize(4);
        ComponentVerifyTicketEvent ticket = (ComponentVerifyTicketEvent) seen.get(0);
        assertThat(ticket.appId()).isEqualTo("some_appid");
        assertThat(ticket.envelope().createTime()).isEqualTo(1413192605L);
        assertThat(ticket.componentVerifyTicket()).isEqualTo("ticket@@@some_verify_ticket_0123456789");
        AuthorizedEvent authorized = (AuthorizedEvent) seen.get(1);
        assertThat(authorized.authorizerAppid()).isEqualTo("wx570bc396a51b8ff8");
        assertThat(authorized.authorizationCode()).startsWith("queryauthcode@@@");
        assertThat(authorized.authorizationCodeExpiredTime()).isEqualTo(1573489228L);
        assertThat(authorized.preAuthCode()).startsWith("preauthcode@@@");
        assertThat(((UpdateAuthorizedEvent) seen.get(2)).authorizerAppid()).isEqualTo("wx570bc396a51b8ff8");
        assertThat(((UnauthorizedEvent) seen.get(3)).authorizerAppid()).isEqualTo("otherappid");
        for (Object event : seen) {
            assertThat(event.toString()).doesNotContain("@@@");
        }
    }

    @Test
    void aReSentAuthorizationRunsTheHandlerOnceButEveryTicketAndRevocationIsTaken() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        // Same merchant, same second, another code: a second change, not a re-send.
        String another = AUTHORIZED.replace("<AuthorizationCode><![CDATA[", "<AuthorizationCode><![CDATA[another");
        try (PushReceiver receiver = Pushes.receiver(PushMode.SAFE)
                .on(ComponentVerifyTicketEvent.class, seen::add).on(AuthorizedEvent.class, seen::add)
                .on(UnauthorizedEvent.class, seen::add).build()) {
            for (String push : List.of(AUTHORIZED, AUTHORIZED, another, TICKET, TICKET, UNAUTHORIZED, UNAUTHORIZED)) {
                assertThat(Pushes.await(receiver.handle(Pushes.encrypted(push, "xml", Pushes.APP_ID, Pushes.NOW))).status())
                        .isEqualTo(200);
            }
        }

        assertThat(seen).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AuthorizedEvent", "AuthorizedEvent", "ComponentVerifyTicketEvent",
                        "ComponentVerifyTicketEvent", "UnauthorizedEvent", "UnauthorizedEvent");
    }
}
