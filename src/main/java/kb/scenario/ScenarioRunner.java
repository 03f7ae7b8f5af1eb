package kb.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.RuleInfo;
import kb.engine.Trace;
import kb.framework.Verdicts;
import kb.facts.BadFactsException;

/**
 * Runs scenarios against one compiled rules folder, one at a time and in the order given.
 * A scenario that cannot be read, or whose rules fail, is a failed scenario with its
 * problems listed; the others still run, so one bad file never hides the rest.
 */
public final class ScenarioRunner {
    private final Evaluator evaluator;
    private final ScenarioLoader loader;

    public ScenarioRunner(Evaluator evaluator, ScenarioLoader loader) {
        this.evaluator = evaluator;
        this.loader = loader;
    }

    public List<ScenarioResult> run(List<Path> files) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(run(file));
        }
        return results;
    }

    public ScenarioResult run(Path file) {
        Scenario scenario;
        try {
            scenario = loader.load(file);
        } catch (BadFactsException e) {
            return new ScenarioResult(file, null, null, List.of(), e.problems());
        }
        try {
            // The full trace reads the justifications of every conclusion, which justifiedBy asks about.
            Evaluation evaluation = evaluator.evaluate(scenario.facts(), Trace.FULL);
            List<String> unknown = unknownRules(scenario.expected());
            unknown.addAll(unknownVerdicts(scenario.expected()));
            List<String> diffs = new ArrayList<>(unknown);
            for (String d : ExpectationCheck.differences(scenario.expected(), evaluation)) {
                // "did not fire" adds nothing to "no rule has this id"
                if (unknown.stream().noneMatch(u -> d.startsWith(u.substring(0, u.indexOf(':') + 1)))) {
                    diffs.add(d);
                }
            }
            return new ScenarioResult(file, scenario, evaluation, diffs, List.of());
        } catch (RuleFailureException e) {
            return new ScenarioResult(file, scenario, null, List.of(), List.of(e.getMessage()));
        }
    }

    /** A misspelt rule id would otherwise read as "did not fire" and send the analyst hunting. */
    private List<String> unknownRules(Expected expected) {
        Set<String> ids = evaluator.rules().catalogue().all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        expected.getJustifiedBy().stream().filter(id -> !ids.contains(id))
                .forEach(id -> unknown.add("rule " + id + ": no rule has this id"));
        return unknown;
    }

    /** A verdict the rules cannot give would otherwise read as a plain mismatch. */
    private List<String> unknownVerdicts(Expected expected) {
        List<String> allowed = new ArrayList<>(evaluator.rules().verdicts().ids());
        allowed.add(Verdicts.UNDETERMINED);
        List<String> unknown = new ArrayList<>();
        List<String> named = new ArrayList<>();
        if (expected.getVerdict() != null) {
            named.add(expected.getVerdict());
        }
        if (expected.getPossibleVerdicts() != null) {
            named.addAll(expected.getPossibleVerdicts());
        }
        named.stream().distinct().filter(v -> !allowed.contains(v)).forEach(v -> unknown.add("verdict: \"" + v
                + "\" is not a verdict of the rules (verdicts.json); allowed: " + String.join(", ", allowed)));
        return unknown;
    }
}
