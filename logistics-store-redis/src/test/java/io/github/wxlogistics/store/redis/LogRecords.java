package io.github.wxlogistics.store.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures the module's log records (logger {@code io.github.wxlogistics.store.redis}) for a test. */
final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.github.wxlogistics.store.redis");
    private final List<LogRecord> records = new ArrayList<>();

    private LogRecords() {
        setLevel(Level.ALL);
    }

    static LogRecords capture() {
        LogRecords capture = new LogRecords();
        capture.logger.addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** The records at {@code level}, each formatted as its message with the parameters filled in. */
    synchronized List<String> at(Level level) {
        List<String> out = new ArrayList<>();
        for (LogRecord record : records) {
            if (record.getLevel().equals(level)) {
                out.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }
        }
        return out;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
