package kb.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code KB_PROFILE=1}: one line on stderr per measured phase, with the time since the
 * process started, so the README's account of where a cold run's time goes is measured,
 * not guessed. Silent otherwise.
 */
public final class Profile {
    private static final boolean ON = "1".equals(System.getenv("KB_PROFILE")) || Boolean.getBoolean("kb.profile");
    private static final Instant PROCESS_START = ON
            ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> phase("exit")));
        }
    }

    private Profile() {
    }

    /** A phase that took from {@code startNanos} until now. */
    public static void phase(String name, long startNanos) {
        if (ON) {
            System.err.printf("kb profile: %6d ms since start: %s, %d ms%n", sinceStart(), name,
                    (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** A point in time. */
    public static void phase(String name) {
        if (ON) {
            System.err.printf("kb profile: %6d ms since start: %s%n", sinceStart(), name);
        }
    }

    private static long sinceStart() {
        return Duration.between(PROCESS_START, Instant.now()).toMillis();
    }
}
