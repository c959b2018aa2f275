package io.github.wxlogistics.build.secrets;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets the test suite uses: app secrets, access tokens, BizPwd and bind passwords, push
 * Tokens and EncodingAESKeys, each with a name to report instead of its value. Literals are the
 * distinctive values the tests pass in; every access token the fake WeChat server issues is 128
 * characters of {@code [A-Za-z0-9_-]}, which a pattern finds. Values too common to tell apart from
 * ordinary text (a waybill ID such as 123456789, the word "secret") are left out.
 */
final class KnownSecrets {

    /** A secret and what it is. */
    record Secret(String name, String value) {
    }

    private static final List<Secret> LITERALS = List.of(
            new Secret("the fake server's default app secret", "test-secret"),
            new Secret("the core tests' app secret", "app-secret"),
            new Secret("an app secret echoed in errmsg", "app-secret-value-9876"),
            new Secret("an access token echoed in errmsg", "ACCESS-TOKEN-VALUE-0123456789"),
            new Secret("a courier order token", "SECRET-TOKEN"),
            new Secret("a bind password (BizPwd)", "hunter2"),
            new Secret("an app secret", "s3cret"),
            new Secret("the fault matrix's access token", "fault-matrix-token"),
            new Secret("the crypto vector's EncodingAESKey", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"),
            new Secret("the third-party platform tests' component AppSecret", "component-secret-4711"),
            new Secret("the third-party platform tests' push Token", "ComponentPushToken42"),
            new Secret("the third-party platform tests' EncodingAESKey", "ComponentAesKey0123456789abcdefghijklmnopqr"));

    /**
     * The open platform's secrets as WeChat shapes them (and the fake issues them):
     * {@code ticket@@@...} (component_verify_ticket), {@code preauthcode@@@...},
     * {@code queryauthcode@@@...} (authorization code) and {@code refreshtoken@@@...}.
     */
    private static final Pattern PLATFORM_SECRET =
            Pattern.compile("(?:ticket|preauthcode|queryauthcode|refreshtoken)@@@[A-Za-z0-9_-]{8,}");

    /** An access token as the fake WeChat server issues them, not part of a longer run. */
    private static final Pattern FAKE_TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{128}(?![A-Za-z0-9_-])");

    private KnownSecrets() {
    }

    /** The first secret {@code text} shows, by name, or empty. */
    static Optional<String> findIn(String text) {
        for (Secret secret : LITERALS) {
            if (text.contains(secret.value())) {
                return Optional.of(secret.name());
            }
        }
        Matcher platform = PLATFORM_SECRET.matcher(text);
        if (platform.find()) {
            return Optional.of("an open-platform ticket, code or refresh token (" + platform.group().substring(0,
                    platform.group().indexOf('@')) + "@@@...)");
        }
        Matcher token = FAKE_TOKEN.matcher(text);
        return token.find() ? Optional.of("an access token issued by the fake server (128 characters)") : Optional.empty();
    }
}
