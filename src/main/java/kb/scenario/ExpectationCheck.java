package kb.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;

/** Compares an evaluation with what was expected; each difference is one line of text. */
public final class ExpectationCheck {
    private ExpectationCheck() {
    }

    public static List<String> differences(Expected expected, Evaluation actual) {
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : new java.util.TreeMap<>(expected.getFactors()).entrySet()) {
            FactorOutcome f = actual.factor(e.getKey()).orElse(null);
            if (f == null) {
                diffs.add(e.getKey() + ": expected " + metText(e.getValue()) + ", but the rules have no such factor");
            } else if (f.met() != e.getValue()) {
                diffs.add(e.getKey() + ": expected " + metText(e.getValue()) + ", got " + metText(f.met())
                        + " (" + f.reason() + ")");
            }
        }
        String verdict = actual.verdict() == null ? "none" : actual.verdict().getCapacity().name();
        if (expected.getVerdict() != null && !expected.getVerdict().equals(verdict)) {
            diffs.add("verdict: expected " + expected.getVerdict() + ", got " + verdict);
        }
        for (String id : expected.getMustFire()) {
            if (!actual.firedRules().contains(id)) {
                diffs.add("rule " + id + ": expected to fire, it did not");
            }
        }
        for (String id : expected.getMustNotFire()) {
            if (actual.firedRules().contains(id)) {
                diffs.add("rule " + id + ": expected to stay silent, it fired");
            }
        }
        return diffs;
    }

    private static String metText(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}
