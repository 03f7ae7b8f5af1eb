package kb.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.framework.VerdictDefinition;

/**
 * What two runs of one case are compared on: each factor's result, the verdict, and the ids of
 * the rules that fired. This is the one place that says what a factor's result is (its status)
 * and what a verdict is (an id, or UNDETERMINED with the possible ones), so a change in how
 * results are told is made here and nowhere else.
 */
public record CaseOutcome(Map<String, String> factors, String verdict, List<String> possibleVerdicts, Set<String> fired) {

    public static CaseOutcome of(Evaluation e) {
        Map<String, String> results = new LinkedHashMap<>();
        for (FactorOutcome f : e.factors()) {
            results.put(f.factor().getId(), resultOf(f));
        }
        List<String> possible = e.verdict().possible().stream().map(VerdictDefinition::getId).toList();
        return new CaseOutcome(results, e.verdict().id(), possible, new TreeSet<>(e.firedRules()));
    }

    /** A factor's result as printed and compared: its status, MET, NOT_MET or UNDETERMINED. */
    static String resultOf(FactorOutcome f) {
        return f.status().name();
    }

    /** "NOT_OPTIMAL", or "UNDETERMINED (OPTIMAL|NOT_OPTIMAL)" when the undetermined factors leave several. */
    public String verdictText() {
        return possibleVerdicts.size() > 1 ? verdict + " (" + String.join("|", possibleVerdicts) + ")" : verdict;
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
        return !verdict.equals(other.verdict) || !possibleVerdicts.equals(other.possibleVerdicts);
    }

    /** Same factor results and verdict; the rules that fired may still differ. */
    public boolean sameResultAs(CaseOutcome other) {
        return factorsDifferentFrom(other).isEmpty() && !verdictDiffersFrom(other);
    }
}
