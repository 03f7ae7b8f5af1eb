package kb.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.BadFactsException;
import kb.scenario.ScenarioLoader;
import kb.engine.RuleBuildException;
import kb.engine.RuleFile;
import kb.engine.RulesFolder;
import kb.framework.FactorDefinition;

/**
 * What {@code kb validate} checks, in order: the rules folder compiles (every error of every
 * file in one pass), then hygiene: metadata of every rule, complete decision-table rows, and a
 * verdict table that covers every combination exactly once (checked at every build), and the rules
 * run on the shipped cases without a factor decided twice or not at all. Every problem is {@code path:line: message}.
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
        return validate(folder, List.of());
    }

    /**
     * Validates, then runs the rules on the given scenario and {@code expected.json} files (the
     * shipped cases): what only shows when rules run, such as a factor decided twice or not at
     * all, is found here too, with the rules and their {@code file:line}.
     */
    public static Result validate(Path folder, List<Path> cases) {
        RuleBase rules;
        try {
            rules = RuleBase.load(folder);
        } catch (RuleBuildException e) {
            // Hygiene needs the compiled rules; the build errors come first anyway. The cells of a
            // decision table are read from the file itself, so an empty one is still named.
            List<String> problems = new ArrayList<>(e.problems());
            String label = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
            try {
                for (RuleFile f : RulesFolder.read(folder)) {
                    if (f.isDecisionTable()) {
                        problems.addAll(TableCellCheck.check(label, f));
                    }
                }
            } catch (RuleBuildException unreadable) {
                // already reported by the build
            }
            return new Result(null, problems.stream().distinct().sorted(byPathThenLine()).toList());
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
        problems.addAll(runOn(rules, cases));
        return new Result(rules, problems.stream().distinct().sorted(byPathThenLine()).toList());
    }

    /** Each distinct run-time failure once, with the first case it showed in and how many more. */
    private static List<String> runOn(RuleBase rules, List<Path> cases) {
        Map<String, List<Path>> failures = new LinkedHashMap<>();
        Evaluator evaluator = new Evaluator(rules);
        ScenarioLoader loader = new ScenarioLoader();
        for (Path file : cases) {
            try {
                evaluator.evaluate(loader.load(file).facts(), Trace.COUNTS);
            } catch (BadFactsException e) {
                // A case that does not read is kb test's business, not the rules'.
            } catch (RuleFailureException e) {
                failures.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(file);
            }
        }
        List<String> problems = new ArrayList<>();
        failures.forEach((message, files) -> problems.add(files.get(0) + ": the rules failed on this case"
                + (files.size() > 1 ? " (and " + (files.size() - 1) + " more)" : "") + ": " + message));
        return problems;
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
