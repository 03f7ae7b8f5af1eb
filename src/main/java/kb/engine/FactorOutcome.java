package kb.engine;

import java.util.List;
import kb.conclusions.FactorStatus;
import kb.framework.FactorDefinition;

/**
 * The result for one factor: its status, the rule of {@code rules/decide.drl} that gave it,
 * the factor's own rules it rests on (those that found it met, or the evidence that bears on
 * it), and its indicators.
 */
public record FactorOutcome(FactorDefinition factor, FactorStatus status, RuleInfo decidedBy, List<RuleInfo> because,
                            List<IndicatorOutcome> indicators) {

    /** True only for MET. */
    public boolean met() {
        return status == FactorStatus.MET;
    }

    /** The rule a reader should see first: the factor's own rule when there is one, else the deciding rule. */
    public RuleInfo reasonRule() {
        return because.isEmpty() ? decidedBy : because.get(0);
    }

    /** One line of reason: the sentence name of that rule. */
    public String reason() {
        RuleInfo r = reasonRule();
        return r == null ? "no rule decided this factor" : r.name();
    }

    public record IndicatorOutcome(String id, boolean satisfied) {
    }
}
