package kb.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.engine.RuleFile;
import kb.framework.FactorDefinition;

/**
 * What {@code kb validate} checks, in order: the rules folder compiles (every error of every
 * file in one pass), then hygiene: metadata of every rule, complete decision-table rows, and a
 * verdict table that covers every tally exactly once. Every problem is {@code path:line: message}.
 */
public final class RuleValidator {
    private RuleValidator() {
    }

    /** The outcome; {@code rules} is null when the folder does not compile. */
    public record Result(RuleBase rules, List<String> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public static Result validate(Path folder) {
        RuleBase rules;
        try {
            rules = RuleBase.load(folder);
        } catch (RuleBuildException e) {
            // Hygiene needs the compiled rules; the build errors come first anyway.
            return new Result(null, e.problems());
        }
        String label = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
        List<String> problems = new ArrayList<>();
        problems.addAll(MetadataCheck.check(rules.catalogue().all(),
                rules.framework().factors().stream().map(FactorDefinition::getId).toList()));
        for (RuleFile f : rules.files()) {
            if (f.isDecisionTable()) {
                problems.addAll(TableCellCheck.check(label, f));
            }
        }
        problems.addAll(VerdictTableCoverage.check(label, rules));
        return new Result(rules, problems.stream().distinct().sorted(byPathThenLine()).toList());
    }

    /**
     * Sorts {@code path:line: message} by path, then line as a number. The sort is stable, so
     * problems on one line keep the order of the checks (id, factor, indicator, reference).
     */
    static Comparator<String> byPathThenLine() {
        return Comparator.comparing((String p) -> p.split(":", 2)[0]).thenComparingInt(RuleValidator::lineOf);
    }

    private static int lineOf(String problem) {
        String[] parts = problem.split(":", 3);
        try {
            return parts.length > 2 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
