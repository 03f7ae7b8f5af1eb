package kb.impact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kb.batch.BatchRunner;
import kb.batch.CaseFailure;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.scenario.ScenarioLoader;

/**
 * Evaluates every case and scenario with two compiled rule sets and keeps those whose results
 * differ. Each case is read once and evaluated twice, on the batch machinery's threads, so a
 * comparison costs one batch plus one evaluation per case, not two batches.
 */
public final class ImpactRunner {
    private final Evaluator baseline;
    private final Evaluator current;
    private final BatchRunner.CaseReader cases;
    private final ScenarioLoader scenarios;
    private final int threads;

    public ImpactRunner(Evaluator baseline, Evaluator current, CaseLoader cases, int threads) {
        this(baseline, current, cases::load, new ScenarioLoader(cases), threads);
    }

    /** With another reader of case folders: the benchmarks hand over facts read beforehand. */
    public ImpactRunner(Evaluator baseline, Evaluator current, BatchRunner.CaseReader cases, ScenarioLoader scenarios,
                        int threads) {
        this.baseline = baseline;
        this.current = current;
        this.cases = cases;
        this.scenarios = scenarios;
        this.threads = threads;
    }

    public ImpactResult run(List<Path> inputs, List<CaseFailure> earlier, String baselineLabel, String currentLabel,
                            BatchRunner.Listener listener) throws InterruptedException {
        List<Object> outcomes = BatchRunner.each(inputs, threads, listener, this::compare);
        List<CaseChange> changes = new ArrayList<>();
        List<CaseFailure> failures = new ArrayList<>(earlier);
        int compared = 0;
        for (Object o : outcomes) {
            if (o instanceof CaseChange c) {
                compared++;
                if (c.changed()) {
                    changes.add(c);
                }
            } else {
                failures.add((CaseFailure) o);
            }
        }
        changes.sort(Comparator.comparing(CaseChange::caseName));
        failures.sort(Comparator.comparing(f -> f.folder().toString()));
        return new ImpactResult(baselineLabel, currentLabel, compared, List.copyOf(changes), List.copyOf(failures));
    }

    private Object compare(Path input) {
        CaseFacts facts;
        try {
            facts = Files.isDirectory(input) ? cases.read(input) : scenarios.load(input).facts();
        } catch (BadFactsException | RuntimeException e) {
            return BatchRunner.failureOf(input, e);
        }
        String name = input.toString().replace('\\', '/');
        try {
            // Most cases do not change: compare them without a listener, the engine's own speed, and
            // run the few that change again with firings counted, to name the rules of each run.
            CaseOutcome before = outcome(baseline, facts, Trace.NONE, "baseline");
            CaseOutcome after = outcome(current, facts, Trace.NONE, "new");
            if (before.sameResultAs(after)) {
                return new CaseChange(name, before, after);
            }
            return new CaseChange(name, outcome(baseline, facts, Trace.COUNTS, "baseline"),
                    outcome(current, facts, Trace.COUNTS, "new"));
        } catch (RuleFailureException | RuntimeException e) {
            return BatchRunner.failureOf(input, e);
        }
    }

    private static CaseOutcome outcome(Evaluator rules, CaseFacts facts, Trace trace, String which)
            throws RuleFailureException {
        try {
            return CaseOutcome.of(rules.evaluate(facts, trace));
        } catch (RuleFailureException e) {
            if (trace == Trace.NONE) {
                return outcome(rules, facts, Trace.COUNTS, which); // again with a listener, to name the failing rule
            }
            throw new RuleFailureException("with the " + which + " rules: " + e.getMessage(), e);
        }
    }
}
