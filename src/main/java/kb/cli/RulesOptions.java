package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.facts.BadFactsException;
import picocli.CommandLine.Option;

/** Where the rules are and how far they may run; shared by every command that evaluates. */
public final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder, read at run time (default: ./rules, else the rules folder beside the kb launcher).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Evaluator.DEFAULT_FIRING_LIMIT,
            description = "Stop with exit code 3 when the rules fire more than N times (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Stop with exit code 3 when the rules run longer than this on one case (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    /** The rules folder; one that does not exist is bad input (exit 2), like a missing case folder. */
    public Path rulesFolder() throws BadFactsException {
        Path folder = rules != null ? rules : defaultRulesFolder();
        if (!Files.isDirectory(folder)) {
            throw new BadFactsException(folder + ": no such rules folder (expected a folder holding the .drl files,"
                    + " factors.json and parameters.json; name it with --rules DIR)");
        }
        return folder;
    }

    /** The project's own rules folder, whatever --rules says: ./rules, else the one beside the launcher. */
    public Path defaultRulesFolder() {
        Path local = Path.of("rules");
        String home = System.getProperty("kb.home");
        if (!Files.isDirectory(local) && home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        return local;
    }

    public RuleBase load() throws RuleBuildException, BadFactsException {
        return RuleBase.load(rulesFolder());
    }

    public Evaluator evaluator() throws RuleBuildException, UsageException, BadFactsException {
        checkBounds();
        return new Evaluator(load(), maxFirings, timeout());
    }

    /** Options out of range are refused before anything runs (a negative limit would stop nothing). */
    void checkBounds() throws UsageException {
        if (maxFirings < 1) {
            throw new UsageException("--max-firings " + maxFirings + ": must be at least 1");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new UsageException("--timeout " + timeoutSeconds + ": must be from 1 to " + MAX_TIMEOUT_SECONDS + " seconds");
        }
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** A day: longer is not a limit any more. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;
}
