package kb.batch;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on stderr for long batches. It first draws after a second, so
 * quick runs print nothing, and redraws in place with a carriage return, which is why it is
 * only switched on for a terminal (or when asked): in a log file it would be noise.
 */
public final class ProgressBar implements BatchRunner.Listener, AutoCloseable {
    private static final long FIRST_DRAW_MS = 1000;
    private static final long REDRAW_MS = 200;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService clock;
    private volatile boolean drawn;

    private ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        if (enabled) {
            clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kb-progress");
                t.setDaemon(true);
                return t;
            });
            clock.scheduleAtFixedRate(this::draw, FIRST_DRAW_MS, REDRAW_MS, TimeUnit.MILLISECONDS);
        } else {
            clock = null;
        }
    }

    public static ProgressBar start(PrintWriter err, int total, boolean enabled) {
        return new ProgressBar(err, total, enabled);
    }

    @Override
    public void caseDone() {
        done.incrementAndGet();
    }

    private synchronized void draw() {
        int n = done.get();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total + " cases, "
                + Math.round(n / Math.max(seconds, 1e-9)) + "/s ");
        err.flush();
        drawn = true;
    }

    /** Draws the final count (only if the bar was ever shown) and ends its line. */
    @Override
    public void close() {
        if (clock == null) {
            return;
        }
        clock.shutdownNow();
        try {
            clock.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (drawn) {
            draw();
            err.println();
            err.flush();
        }
    }
}
