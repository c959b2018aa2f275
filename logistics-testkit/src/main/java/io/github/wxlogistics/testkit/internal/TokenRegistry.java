package io.github.wxlogistics.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The access tokens the fake has issued and their expiry, judged by the injected clock.
 *
 * <ul>
 *   <li>Classic ({@code /cgi-bin/token}): every fetch issues a new token; earlier classic tokens
 *       stay valid for at most five more minutes (WeChat's overlap window).</li>
 *   <li>Stable ({@code /cgi-bin/stable_token}): normal mode returns the current token while it
 *       has at least five minutes left, or a tenth of a lifetime of ten minutes or less, at least
 *       one second (then rotates early, the old one staying valid until its
 *       expiry); {@code force_refresh} issues a new one and invalidates the old at once. Stable
 *       and classic tokens are isolated: neither kind of fetch affects the other.</li>
 *   <li>Direct ({@link #issueDirect()}): for tests, affects nothing else.</li>
 * </ul>
 */
public final class TokenRegistry {

    /** Length of every token the fake issues. */
    public static final int TOKEN_LENGTH = 128;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");
    private static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private enum Kind { CLASSIC, STABLE, DIRECT }

    private record Entry(Kind kind, Instant expiresAt) {
    }

    /** A token just handed out and its remaining lifetime in whole seconds. */
    public record Issued(String value, long expiresIn) {
        @Override
        public String toString() {
            return "Issued[value=***, expiresIn=" + expiresIn + "]";
        }
    }

    private final BoundedLock lock = new BoundedLock();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, Entry> tokens = new HashMap<>();
    private String currentStable;

    /** A registry issuing tokens valid for {@code lifetime}. */
    public TokenRegistry(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new classic token; earlier classic tokens keep at most five minutes. */
    public Issued issueClassic() {
        return lock.locked(() -> {
            Instant now = clock.instant();
            Instant overlapEnd = now.plus(OVERLAP);
            tokens.replaceAll((value, e) -> e.kind() == Kind.CLASSIC && e.expiresAt().isAfter(overlapEnd)
                    ? new Entry(Kind.CLASSIC, overlapEnd) : e);
            return issue(Kind.CLASSIC, now);
        });
    }

    /** The stable token, rotated early or forcibly as described on the class. */
    public Issued stable(boolean forceRefresh) {
        return lock.locked(() -> {
            Instant now = clock.instant();
            if (forceRefresh && currentStable != null) {
                tokens.remove(currentStable);
                currentStable = null;
            }
            Entry current = currentStable == null ? null : tokens.get(currentStable);
            // WeChat hands out a new stable token before the current one runs out, never one with
            // 0 seconds left: five minutes early, or a tenth of a short test lifetime (at least 1 s).
            Duration earlyRotation = lifetime.compareTo(OVERLAP.multipliedBy(2)) > 0 ? OVERLAP
                    : max(lifetime.dividedBy(10), Duration.ofSeconds(1));
            if (current != null && now.plus(earlyRotation).isBefore(current.expiresAt())) {
                return new Issued(currentStable, Duration.between(now, current.expiresAt()).toSeconds());
            }
            Issued issued = issue(Kind.STABLE, now);
            currentStable = issued.value();
            return issued;
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A token for tests that touches neither the classic nor the stable token. */
    public Issued issueDirect() {
        return lock.locked(() -> issue(Kind.DIRECT, clock.instant()));
    }

    /** Makes every token issued so far expired. */
    public void expireAll() {
        lock.locked(() -> {
            Instant now = clock.instant();
            tokens.replaceAll((value, e) -> e.expiresAt().isAfter(now) ? new Entry(e.kind(), now) : e);
            return null;
        });
    }

    /** Forgets every token issued so far: calls with them get 40001; the next stable fetch issues a new one. */
    public void revokeAll() {
        lock.locked(() -> {
            tokens.clear();
            currentStable = null;
            return null;
        });
    }

    /**
     * The errcode a call with this {@code access_token} gets: 0 when usable, 41001 missing,
     * 40014 malformed, 40001 unknown or invalidated, 42001 expired.
     */
    public int check(String token) {
        if (token == null || token.isEmpty()) {
            return 41001;
        }
        if (!WELL_FORMED.matcher(token).matches()) {
            return 40014;
        }
        return lock.locked(() -> {
            Entry e = tokens.get(token);
            if (e == null) {
                return 40001;
            }
            return clock.instant().isBefore(e.expiresAt()) ? 0 : 42001;
        });
    }

    /**
     * A token the registry knows, for the console.
     *
     * @param kind      {@code classic}, {@code stable} or {@code direct}
     * @param value     the token (a secret: the console masks it)
     * @param expiresAt when it expires
     * @param valid     whether a call with it would be served now
     */
    public record Known(String kind, String value, Instant expiresAt, boolean valid) {
        @Override
        public String toString() {
            return "Known[" + kind + ", value=***, expiresAt=" + expiresAt + ", valid=" + valid + "]";
        }
    }

    /** Every token known, newest expiry first. */
    public List<Known> known() {
        return lock.locked(() -> {
            Instant now = clock.instant();
            List<Known> out = new ArrayList<>();
            tokens.forEach((value, e) -> out.add(new Known(e.kind().name().toLowerCase(Locale.ROOT), value,
                    e.expiresAt(), now.isBefore(e.expiresAt()))));
            out.sort(Comparator.comparing(Known::expiresAt).reversed());
            return out;
        });
    }

    private Issued issue(Kind kind, Instant now) {
        tokens.values().removeIf(e -> e.expiresAt().plus(FORGET_AFTER).isBefore(now));
        byte[] bytes = new byte[TOKEN_LENGTH * 3 / 4];
        String value;
        do {
            random.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (tokens.containsKey(value));
        tokens.put(value, new Entry(kind, now.plus(lifetime)));
        return new Issued(value, lifetime.toSeconds());
    }
}
