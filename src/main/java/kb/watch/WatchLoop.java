package kb.watch;

import java.time.Duration;

/**
 * Drives a {@link WatchSession}: waits for a possible change ({@link Changes}: file-system
 * events, or polling where there are none), waits until the files have been quiet for
 * {@code settle} so a file caught half-written (an editor that truncates, then writes) is not
 * evaluated, then compares the folders with what the last run saw and evaluates again if they
 * differ. Stops after {@code maxRuns} evaluations (0: never) or when interrupted.
 */
public final class WatchLoop {
    private final WatchSession session;
    private final Changes changes;
    private final Duration settle;
    private final int maxRuns;

    public WatchLoop(WatchSession session, Changes changes, Duration settle, int maxRuns) {
        this.session = session;
        this.changes = changes;
        this.settle = settle;
        this.maxRuns = maxRuns;
    }

    public void run() throws InterruptedException {
        session.refresh();
        while (maxRuns == 0 || session.runs() < maxRuns) {
            changes.await();
            FolderSnapshot now = session.look();
            while (session.refreshNeeded(now)) {
                changes.settle(settle);
                FolderSnapshot settled = session.look();
                if (settled.equals(now)) {
                    session.refresh(settled);
                    break;
                }
                now = settled;
            }
        }
    }
}
