package io.github.wxlogistics.spring;

/**
 * The application cannot start because a {@code wx.logistics.*} setting (or a handler bean) is
 * missing or wrong. The message names the property and the rule, never a secret's value; Spring
 * Boot prints it in its "APPLICATION FAILED TO START" report (see
 * {@link LogisticsConfigurationFailureAnalyzer}).
 */
public final class LogisticsConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception.
     *
     * @param message what to fix, naming the property
     */
    public LogisticsConfigurationException(String message) {
        super(message);
    }

    /**
     * An exception with the library's own failure as its cause.
     *
     * @param message what to fix, naming the property
     * @param cause   the builder's failure
     */
    public LogisticsConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
