package kb.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How {@code kb watch} learns that a file may have changed: from the file system's events
 * ({@link EventChanges}, Java's WatchService; no work at all while nothing happens), or, where
 * there are none, by looking again after an interval ({@link PollingChanges}). Either way the
 * loop then compares the folders' contents, so a spurious wake-up costs one look and no run.
 */
public interface Changes extends AutoCloseable {

    /** Returns when something under the watched folders may have changed. */
    void await() throws InterruptedException;

    /** Returns once nothing has changed for {@code quiet}: one editor save is often several writes. */
    void settle(Duration quiet) throws InterruptedException;

    /** How changes are seen, for the first line of the watch. */
    String describe();

    @Override
    void close();

    /** File-system events where the platform has them, else polling every {@code interval}. */
    static Changes of(List<Path> roots, Duration interval, boolean forcePolling) {
        if (forcePolling) {
            return new PollingChanges(interval, "polling every " + interval.toMillis() + " ms (--poll)");
        }
        try {
            return EventChanges.open(roots);
        } catch (EventChanges.Unavailable e) {
            return new PollingChanges(interval, "polling every " + interval.toMillis()
                    + " ms (file-system events unavailable: " + e.getMessage() + ")");
        }
    }
}
