package kb.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kb.conclusions.FactorStatus;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.framework.VerdictDefinition;

/** Compares an evaluation with what was expected; each difference is one line of text. */
public final class ExpectationCheck {
    private ExpectationCheck() {
    }

    public static List<String> differences(Expected expected, Evaluation actual) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, FactorStatus> e : new TreeMap<>(expected.getFactors()).entrySet()) {
            FactorOutcome f = actual.factor(e.getKey()).orElse(null);
            if (f == null) {
                diffs.add(e.getKey() + ": expected " + text(e.getValue()) + ", but the rules have no such factor");
            } else if (f.status() != e.getValue()) {
                diffs.add(e.getKey() + ": expected " + text(e.getValue()) + ", got " + f.status().text()
                        + " (" + f.reason() + ")");
            }
        }
        String verdict = actual.verdict().id();
        if (expected.getVerdict() != null && !expected.getVerdict().equals(verdict)) {
            diffs.add("verdict: expected " + expected.getVerdict() + ", got " + actual.verdict().text());
        }
        if (expected.getPossibleVerdicts() != null) {
            TreeSet<String> want = new TreeSet<>(expected.getPossibleVerdicts());
            TreeSet<String> got = new TreeSet<>(actual.verdict().possible().stream().map(VerdictDefinition::getId).toList());
            if (!want.equals(got)) {
                diffs.add("possible verdicts: expected " + want + ", got " + got);
            }
        }
        for (String id : expected.getJustifiedBy()) {
            if (!actual.justifyingRules().contains(id)) {
                diffs.add("rule " + id + ": expected to justify a conclusion that holds at the end, it justifies none");
            }
        }
        return diffs;
    }

    private static String text(FactorStatus status) {
        return status == null ? "(nothing)" : status.text();
    }
}
