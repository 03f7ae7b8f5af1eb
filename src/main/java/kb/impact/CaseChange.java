package kb.impact;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One case evaluated with the baseline rules and with the new ones. */
public record CaseChange(String caseName, CaseOutcome baseline, CaseOutcome current) {

    public boolean changed() {
        return !baseline.sameResultAs(current);
    }

    public Set<String> changedFactors() {
        return baseline.factorsDifferentFrom(current);
    }

    public boolean verdictChanged() {
        return baseline.verdictDiffersFrom(current);
    }

    /** Ids of rules that fired with the baseline rules and not with the new ones. */
    public List<String> firedOnlyInBaseline() {
        Set<String> only = new TreeSet<>(baseline.fired());
        only.removeAll(current.fired());
        return List.copyOf(only);
    }

    /** Ids of rules that fired with the new rules and not with the baseline ones. */
    public List<String> firedOnlyInCurrent() {
        Set<String> only = new TreeSet<>(current.fired());
        only.removeAll(baseline.fired());
        return List.copyOf(only);
    }
}
