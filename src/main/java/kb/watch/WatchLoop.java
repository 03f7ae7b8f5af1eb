package kb.watch;

import java.time.Duration;

/**
 * Drives a {@link WatchSession} on a clock: looks every {@code interval}, and when something
 * changed, looks once more after {@code settle} so a file caught half-written (an editor that
 * truncates, then writes) is not evaluated. Polling, not a WatchService: it behaves the same
 * on every file system, including network and container mounts, and a few dozen small files
 * are cheap to hash. Stops after {@code maxRuns} evaluations (0: never) or when interrupted.
 */
public final class WatchLoop {
    private final WatchSession session;
    private final Duration interval;
    private final Duration settle;
    private final int maxRuns;

    public WatchLoop(WatchSession session, Duration interval, Duration settle, int maxRuns) {
        this.session = session;
        this.interval = interval;
        this.settle = settle;
        this.maxRuns = maxRuns;
    }

    public void run() throws InterruptedException {
        session.refresh();
        while (maxRuns == 0 || session.runs() < maxRuns) {
            Thread.sleep(interval.toMillis());
            FolderSnapshot now = session.look();
            if (session.refreshNeeded(now)) {
                Thread.sleep(settle.toMillis());
                FolderSnapshot settled = session.look();
                if (settled.equals(now)) {
                    session.refresh(settled);
                }
            }
        }
    }
}
