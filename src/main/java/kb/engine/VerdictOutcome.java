package kb.engine;

import java.util.List;
import java.util.Map;
import kb.conclusions.FactorStatus;
import kb.framework.VerdictDefinition;
import kb.framework.Verdicts;

/**
 * The verdict of one case. When every factor is MET or NOT MET it is the verdict table's, from
 * the row that fired ({@code row}). When some are UNDETERMINED it is the set of verdicts the
 * table gives over every way they could come out ({@code completions}): that verdict when they
 * all agree, else {@code UNDETERMINED} with the {@code possible} verdicts.
 */
public record VerdictOutcome(String id, List<VerdictDefinition> possible, RuleInfo row, List<Completion> completions) {

    /** One way the undetermined factors could come out, and what the verdict table gives then. */
    public record Completion(Map<String, FactorStatus> assumed, VerdictDefinition verdict, RuleInfo row) {
    }

    public boolean undetermined() {
        return Verdicts.UNDETERMINED.equals(id);
    }

    /** The verdict's definition (with its labels), or null when undetermined. */
    public VerdictDefinition definition() {
        return undetermined() || possible.isEmpty() ? null : possible.get(0);
    }

    /** The Indonesian label, or null when undetermined. */
    public String label() {
        VerdictDefinition d = definition();
        return d == null || d.getLabel() == null ? null : d.getLabel().getId();
    }

    /** "NOT_OPTIMAL (tidak optimal)", or "UNDETERMINED (possible: ...)". */
    public String text() {
        if (undetermined()) {
            return id + " (possible: " + String.join(", ", possible.stream().map(VerdictDefinition::toString).toList()) + ")";
        }
        return definition() == null ? id : definition().toString();
    }
}
