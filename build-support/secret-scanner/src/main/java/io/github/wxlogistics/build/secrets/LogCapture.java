package io.github.wxlogistics.build.secrets;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A java.util.logging handler on the root logger that keeps the text of every record (message,
 * parameters filled in, and the stack trace of the exception it carries, causes included). The
 * library's loggers ({@code io.github.wxlogistics}) are turned up to ALL, so DEBUG lines are
 * produced and scanned too; the console keeps its own level, so the build prints no more.
 *
 * <p>It also appends every record at INFO and above, stack trace included, to the module's test
 * log ({@code target/test-logs/tests.log}, or the directory named by the system property
 * {@value #LOG_DIRECTORY_PROPERTY}): the build's console shows SEVERE records only
 * ({@code build-support/test-logging.properties}), so the failures tests provoke on purpose do
 * not bury a real problem, and this file keeps them for whoever looks.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private static final String LIBRARY = "io.github.wxlogistics";

    /** The system property naming the directory of the test log; {@code target/test-logs} without it. */
    static final String LOG_DIRECTORY_PROPERTY = "wx.test.logs";

    private final Writer file = openTestLog();

    private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Logger library = Logger.getLogger(LIBRARY);   // held: a logger's level lives as long as it does
    private final Level previousLevel;

    private LogCapture() {
        setLevel(Level.ALL);
        previousLevel = library.getLevel();
    }

    /** Installs the capture on the root logger. */
    static LogCapture install() {
        LogCapture capture = new LogCapture();
        capture.library.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName() == null ? "" : record.getLoggerName())
                .append(' ').append(formatter.formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        texts.add(text.toString());
        if (file != null && record.getLevel().intValue() >= Level.INFO.intValue()) {
            writeToFile(record.getLevel() + " " + text);
        }
    }

    private synchronized void writeToFile(String text) {
        try {
            file.write(text);
            file.write(System.lineSeparator());
            file.flush();
        } catch (IOException e) {
            // the console still has the SEVERE records; nothing else to do
        }
    }

    /** The module's test log, opened for appending (each test JVM of the module adds to it); null if it cannot be. */
    private static Writer openTestLog() {
        Path directory = Path.of(System.getProperty(LOG_DIRECTORY_PROPERTY, "target/test-logs"));
        try {
            Files.createDirectories(directory);
            return Files.newBufferedWriter(directory.resolve("tests.log"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The texts captured since the last call, removed from the capture. */
    List<String> drain() {
        List<String> drained = new ArrayList<>();
        for (String text = texts.poll(); text != null; text = texts.poll()) {
            drained.add(text);
        }
        return drained;
    }

    @Override
    public void flush() {
        // nothing buffered outside the queue
    }

    @Override
    public synchronized void close() {
        Logger.getLogger("").removeHandler(this);
        library.setLevel(previousLevel);
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
