package kb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import picocli.CommandLine.Option;

/** Where the rules are and how far they may run; shared by every command that evaluates. */
public final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder, read at run time (default: ./rules, else the rules folder beside the kb launcher).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Evaluator.DEFAULT_FIRING_LIMIT,
            description = "Stop with exit code 3 when the rules fire more than N times (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    public Path rulesFolder() {
        return rules != null ? rules : defaultRulesFolder();
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

    public RuleBase load() throws RuleBuildException {
        return RuleBase.load(rulesFolder());
    }

    public Evaluator evaluator() throws RuleBuildException {
        return new Evaluator(load(), maxFirings);
    }
}
