package io.github.wxlogistics.build.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The scanner finds each kind of secret in captured log text, names it without showing it, and passes clean text. */
class SecretScannerTest {

    @Test
    void aSecretInADebugRecordOfTheLibraryIsCaughtAndNamedNotShown() {
        try (LogCapture capture = LogCapture.install()) {
            Logger.getLogger("io.github.wxlogistics.http").log(Level.FINE, "GET /x?access_token={0}", "x".repeat(128));
            Logger.getLogger("io.github.wxlogistics.call").log(Level.FINE, "getOrder failed",
                    new IllegalStateException("wrapped", new RuntimeException("password hunter2")));
            List<String> texts = capture.drain();
            assertEquals(2, texts.size());
            AssertionError error = assertThrows(AssertionError.class,
                    () -> SecretScannerExtension.check(texts, Optional.empty(), "a test"));
            assertTrue(error.getMessage().contains("access token issued by the fake server"), error.getMessage());
            assertFalse(error.getMessage().contains("xxxx"), error.getMessage());
            AssertionError inCause = assertThrows(AssertionError.class,
                    () -> SecretScannerExtension.check(texts.subList(1, 2), Optional.empty(), "a test"));
            assertTrue(inCause.getMessage().contains("BizPwd"), inCause.getMessage());
        }
    }

    @Test
    void aSecretInATestFailureIsCaught() {
        AssertionError error = assertThrows(AssertionError.class, () -> SecretScannerExtension.check(List.of(),
                Optional.of("expected: <test-secret> but was: <x>"), "a test"));
        assertTrue(error.getMessage().contains("default app secret"), error.getMessage());
    }

    @Test
    void cleanTextPassesIncludingRedactedCredentialsAndLongerRuns() {
        SecretScannerExtension.check(List.of("io.github.wxlogistics.http GET /x?access_token=*** -> 200",
                "a base64 block " + "A".repeat(200), "secret=*** appsecret=***"), Optional.empty(), "a test");
        assertTrue(KnownSecrets.findIn("nothing here").isEmpty());
    }

    @Test
    void findsTheOpenPlatformsSecretsByTheirShapeAndNamesOnlyTheirKind() {
        Optional<String> found = KnownSecrets.findIn("stored authorizer_refresh_token refreshtoken@@@Fb8I9C7qux0lBaK9_0oAgiBg9");
        assertTrue(found.isPresent());
        assertTrue(found.get().contains("refreshtoken@@@..."), found.get());
        assertFalse(found.get().contains("Fb8I9C7"), found.get());
        assertTrue(KnownSecrets.findIn("ticket@@@" + "x".repeat(40)).isPresent());
        assertTrue(KnownSecrets.findIn("queryauthcode@@@Xl2LZcrxQBKwGbVHEk7ube").isPresent());
        assertTrue(KnownSecrets.findIn("component_verify_ticket stored, component-secret-4711").isPresent());
        assertTrue(KnownSecrets.findIn("ComponentVerifyTicket=*** ticket@@@").isEmpty());
    }
}
