package io.github.wxlogistics.build.secrets;

import java.io.PrintWriter;
import java.io.StringWriter;
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
 */
final class LogCapture extends Handler implements AutoCloseable {

    private static final String LIBRARY = "io.github.wxlogistics";

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
    public void close() {
        Logger.getLogger("").removeHandler(this);
        library.setLevel(previousLevel);
    }
}
