package kb.engine;

import java.util.List;
import kb.framework.FactorDefinition;

/** The result for one factor: met or not, the rule that decided it, and its indicators. */
public record FactorOutcome(FactorDefinition factor, boolean met, RuleInfo decidedBy, List<IndicatorOutcome> indicators) {

    /** One line of reason: the sentence name of the deciding rule. */
    public String reason() {
        return decidedBy == null ? "no rule decided this factor" : decidedBy.name();
    }

    public record IndicatorOutcome(String id, boolean satisfied) {
    }
}
