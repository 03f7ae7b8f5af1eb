package kb.impact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;

/**
 * What two runs of one case are compared on: each factor's result, the verdict, and the ids of
 * the rules that fired. This is the one place that says what a factor's result is, so a change
 * in how results are told (met / not met, or a status) is made here and nowhere else.
 */
public record CaseOutcome(Map<String, String> factors, String verdict, Set<String> fired) {

    public static CaseOutcome of(Evaluation e) {
        Map<String, String> results = new LinkedHashMap<>();
        for (FactorOutcome f : e.factors()) {
            results.put(f.factor().getId(), resultOf(f));
        }
        String verdict = e.verdict() == null ? "NONE" : e.verdict().getCapacity().name();
        return new CaseOutcome(results, verdict, new TreeSet<>(e.firedRules()));
    }

    /** A factor's result as printed and compared: "MET" or "NOT_MET". */
    static String resultOf(FactorOutcome f) {
        return f.met() ? "MET" : "NOT_MET";
    }

    /** The factors whose result differs from {@code other}'s, in this outcome's order. */
    public Set<String> factorsDifferentFrom(CaseOutcome other) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        factors.forEach((id, result) -> {
            if (!Objects.equals(result, other.factors.get(id))) {
                ids.add(id);
            }
        });
        other.factors.keySet().stream().filter(id -> !factors.containsKey(id)).forEach(ids::add);
        return ids;
    }

    public boolean verdictDiffersFrom(CaseOutcome other) {
        return !verdict.equals(other.verdict);
    }

    /** Same factor results and verdict; the rules that fired may still differ. */
    public boolean sameResultAs(CaseOutcome other) {
        return factorsDifferentFrom(other).isEmpty() && !verdictDiffersFrom(other);
    }
}
