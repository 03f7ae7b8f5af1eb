package kb.engine;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rules are Java and run inside the tool; this contains what can be contained of a rule
 * that misbehaves, for the command line (tests that run the CLI in-process leave it off):
 * <ul>
 * <li>{@code System.exit} in a consequence: Java 17 has no supported way to forbid it, but
 * a shutdown hook sees that an evaluation was running, names the rule and ends with exit 3
 * instead of the rule's code;</li>
 * <li>a rule stuck past {@code --timeout} in code that neither {@code halt} nor an interrupt
 * nor {@code Thread.stop} ends: the message is printed and the JVM ends with exit 3, so the
 * command always ends.</li>
 * </ul>
 * A Ctrl-C (SIGINT), SIGTERM or SIGHUP is none of these: the tool ends as the JVM would end on
 * it (exit 128 + the signal's number, nothing written), and no rule is blamed for it.
 */
public final class RuleContainment {
    /** Exit code of a rule failure (kb.cli.ExitCode.RULE_FAILURE; engine does not depend on cli). */
    static final int RULE_FAILURE = 3;

    /** The evaluations running now, by thread, each able to say which rule it is in. */
    private static final Map<Thread, Supplier<String>> RUNNING = new ConcurrentHashMap<>();
    private static volatile boolean installed;
    private static volatile boolean endingOnPurpose;

    private RuleContainment() {
    }

    /** Called once by kb.cli.Main.main. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        PrintStream err = System.err;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (endingOnPurpose || RUNNING.isEmpty()) {
                return;
            }
            String rule = RUNNING.values().iterator().next().get();
            err.println(rule + " called System.exit while the rules were running; rules must not end the tool"
                    + " (nothing was written)");
            err.flush();
            Runtime.getRuntime().halt(RULE_FAILURE);
        }, "kb-rule-exit-guard"));
        endOnSignals();
    }

    /**
     * The JVM ends on these signals through the same shutdown as {@code System.exit}, so the hook
     * above would take a Ctrl-C during an evaluation for a rule's exit; this handler says first
     * that the tool is ending on purpose, then ends it with the code the JVM would give.
     */
    private static void endOnSignals() {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    endingOnPurpose = true;
                    System.exit(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // The JVM keeps this signal (-Xrs, a debugger): its own handling stays, and so does the hook's reading of it.
            }
        }
    }

    /**
     * Called by kb.cli.Main just before its own System.exit: the tool is ending with its own
     * code (after out of memory, an evaluation whose bookkeeping could not finish may still look
     * running), so no rule is to blame.
     */
    public static void toolExits() {
        endingOnPurpose = true;
    }

    static void running(Thread t, Supplier<String> currentRule) {
        RUNNING.put(t, currentRule);
    }

    static void done(Thread t) {
        RUNNING.remove(t);
    }

    /** The last resort of the timeout: true when the CLI allows ending the JVM (then this does not return). */
    static boolean endTheRun(String message) {
        if (!installed) {
            return false;
        }
        endingOnPurpose = true;
        System.err.println(message);
        System.err.flush();
        Runtime.getRuntime().halt(RULE_FAILURE);
        return true;
    }
}
