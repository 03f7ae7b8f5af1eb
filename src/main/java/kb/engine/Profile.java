package kb.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code KB_PROFILE=1}: one line on stderr per measured phase, with the time since the
 * launcher started (it passes {@code KB_PROFILE_START}, epoch nanoseconds; else the JVM's
 * start), so the README's account of where a cold run's time goes is measured,
 * not guessed. Silent otherwise.
 */
public final class Profile {
    private static final boolean ON = "1".equals(System.getenv("KB_PROFILE")) || Boolean.getBoolean("kb.profile");
    private static final Instant START = ON ? start() : null;

    static {
        if (ON) {
            System.err.printf("kb profile: %6d ms since start: JVM started%n", Duration.between(START,
                    Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime())).toMillis());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> phase("exit")));
        }
    }

    private static Instant start() {
        try {
            long nanos = Long.parseLong(System.getenv().getOrDefault("KB_PROFILE_START", ""));
            return Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L);
        } catch (NumberFormatException e) {
            return Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
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
        return Duration.between(START, Instant.now()).toMillis();
    }
}
