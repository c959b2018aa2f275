package io.github.wxlogistics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects what the receiver logs (System.Logger goes to java.util.logging by default). */
final class LogCapture implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.github.wxlogistics.event");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previous = logger.getLevel();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            // The exception's text too, whatever the console format (the build leaves traces out of it).
            StringBuilder text = new StringBuilder(record.getLevel() + " " + formatter.formatMessage(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            lines.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    String all() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
