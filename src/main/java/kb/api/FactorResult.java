package kb.api;

import java.util.List;

/**
 * The result of one factor of one case.
 *
 * @param id                   the factor's id, {@code F1} .. {@code F6}
 * @param name                 its English name, from {@code rules/factors.json}
 * @param status               MET, NOT_MET or UNDETERMINED
 * @param reason               the sentence name of the rule it rests on
 * @param reasonRule           that rule's id (e.g. {@code F4.B}), or the deciding rule's when nothing else bears on it
 * @param reasonLocation       that rule's {@code file:line}
 * @param decidedBy            the id of the rule of {@code rules/decide.drl} that gave the status
 * @param satisfiedIndicators  the ids of its indicators that hold (e.g. {@code I1.1}), in the rules' order
 */
public record FactorResult(String id, String name, Status status, String reason, String reasonRule,
                           String reasonLocation, String decidedBy, List<String> satisfiedIndicators) {
    /** Keeps its own unmodifiable copy of the indicators, so a result never changes. */
    public FactorResult {
        satisfiedIndicators = List.copyOf(satisfiedIndicators);
    }

    /** True only for {@link Status#MET}. */
    public boolean met() {
        return status == Status.MET;
    }
}
