package io.github.wxlogistics.build.secrets;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test during which a secret of the suite ({@link KnownSecrets}) appears in a log record,
 * in the exception a log record carries, or in the test's own failure. Registered for every test
 * through {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and
 * {@code junit.jupiter.extensions.autodetection.enabled=true} (set in the parent POM's surefire
 * configuration). Records logged outside a test (server threads between tests, class set-up) are
 * checked when the test class ends. The report names the secret, never shows it.
 */
public final class SecretScannerExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecretScannerExtension.class);

    /** For the service loader. */
    public SecretScannerExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        capture(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Optional<String> failure = context.getExecutionException().map(SecretScannerExtension::stackTrace);
        check(capture(context).drain(), failure, context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(capture(context).drain(), Optional.empty(), context.getDisplayName());
    }

    private static LogCapture capture(ExtensionContext context) {
        // One capture for the whole run, closed when the run ends.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(LogCapture.class,
                type -> LogCapture.install(), LogCapture.class);
    }

    static void check(List<String> logged, Optional<String> failure, String where) {
        for (String text : logged) {
            Optional<String> secret = KnownSecrets.findIn(text);
            if (secret.isPresent()) {
                String logger = text.substring(0, Math.max(0, text.indexOf(' ')));
                throw new AssertionError("secret scanner: " + secret.get() + " appeared in a log record of logger '"
                        + logger + "' during " + where);
            }
        }
        failure.flatMap(KnownSecrets::findIn).ifPresent(secret -> {
            throw new AssertionError("secret scanner: " + secret + " appeared in the failure of " + where);
        });
    }

    private static String stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
