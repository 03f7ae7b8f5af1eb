package kb.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;

/**
 * The wall-clock limit of one evaluation ({@code --timeout}). --max-firings cannot stop a
 * consequence that never returns ({@code while (true)}), so one timer thread watches every
 * evaluation and, when the limit passes, escalates: {@code halt()} the session and interrupt
 * the thread (ends a rule that sleeps or waits); a second later {@code Thread.stop} (Java 17
 * still delivers it, also to a busy loop); two seconds after that, if the thread still runs
 * (stuck in native code), the command line prints the message and ends the JVM with exit 3.
 * The evaluating thread itself runs the rules, so a batch pays no thread hand-off per case.
 */
final class RuleTimeout {
    private static final ScheduledExecutorService TIMER = timer();

    /** Cancelled alarms leave the queue at once: a batch arms thousands a second, each for minutes. */
    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "kb-rule-timeout");
            t.setDaemon(true);
            // The tick below wakes this thread once a second, also while a run exhausts the heap:
            // it may be the one to get the OutOfMemoryError. That is the run's, and the thread that
            // evaluates reports it in one line (exit 4); the alarms wait in the queue for the
            // thread the pool starts instead. Anything else is printed as Java prints it.
            t.setUncaughtExceptionHandler((thread, e) -> {
                if (!(e instanceof OutOfMemoryError)) {
                    thread.getThreadGroup().uncaughtException(thread, e);
                }
            });
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        // An alarm that becomes the earliest in the queue wakes the timer thread, and a batch arms
        // one per case (20,000 wake-ups, 4% of the wall time of a 20,000-case batch, measured).
        // A tick every second stays ahead of every alarm of a second or more (--timeout is at
        // least 1 s), so arming one never wakes the thread; the tick wakes it once a second.
        timer.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.SECONDS);
        return timer;
    }

    private final KieSession session;
    private final Thread runner;
    private final Duration limit;
    private final Supplier<String> rule;
    private final Object lock = new Object();
    private boolean running = true;
    private volatile boolean expired;
    private volatile String message;
    private volatile ScheduledFuture<?> next;

    private RuleTimeout(KieSession session, Thread runner, Duration limit, Supplier<String> rule) {
        this.session = session;
        this.runner = runner;
        this.limit = limit;
        this.rule = rule;
    }

    static RuleTimeout arm(KieSession session, Thread runner, Duration limit, Supplier<String> rule) {
        RuleTimeout t = new RuleTimeout(session, runner, limit, rule);
        t.next = TIMER.schedule(t::halt, limit.toMillis(), TimeUnit.MILLISECONDS);
        return t;
    }

    boolean expired() {
        return expired;
    }

    RuleFailureException failure() {
        return new RuleFailureException(message);
    }

    /** The evaluation is over (done or failed): no step may touch its thread any more. */
    void disarm() {
        synchronized (lock) {
            running = false;
        }
        next.cancel(false);
        if (expired) {
            Thread.interrupted(); // the interrupt was for the rule, not for whoever called us
        }
    }

    private void halt() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            expired = true;
            message = rule.get() + " was still running after the time limit of " + seconds() + " (--timeout); "
                    + "a rule probably loops in its consequence; raise --timeout only if the case is really this large";
        }
        session.halt();
        runner.interrupt();
        next = TIMER.schedule(this::stop, 1, TimeUnit.SECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stop() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            try {
                runner.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20 and later: Thread.stop is gone; the last step still ends the command.
            }
        }
        next = TIMER.schedule(this::giveUp, 2, TimeUnit.SECONDS);
    }

    private void giveUp() {
        synchronized (lock) {
            if (!running) {
                return;
            }
        }
        // Only the command line may end the JVM; a library caller is left with the thread.
        RuleContainment.endTheRun(message);
    }

    private String seconds() {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
