package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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

    public Evaluator evaluator() throws RuleBuildException, BadFactsException {
        return new Evaluator(load(), maxFirings);
    }
}
