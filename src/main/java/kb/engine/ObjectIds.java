package kb.engine;

import kb.conclusions.Candidate;
import kb.conclusions.FactorResult;
import kb.conclusions.FactorTally;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Verdict;
import kb.facts.Fact;
import kb.facts.Partnership;
import kb.framework.FactorDefinition;

/**
 * A stable, readable id for anything in a session: a fact's own id, or a key built from a
 * conclusion's fields. Audit records and their comparison rely on these being stable.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    public static String of(Object o) {
        if (o instanceof Fact f) {
            return f.getId();
        }
        if (o instanceof Partnership p) {
            return "case:" + p.getId();
        }
        if (o instanceof FactorDefinition f) {
            return "factor:" + f.getId();
        }
        if (o instanceof Candidate c) {
            // Qualifies, DoesNotQualify, DatesTooCoarse: the kind is the class, the key its indicator and fact.
            return c.getClass().getSimpleName() + "(" + c.getIndicator() + ", " + c.getFactId() + ")";
        }
        if (o instanceof IndicatorSatisfied i) {
            return "IndicatorSatisfied(" + i.getFactor() + ", " + i.getIndicator() + ")";
        }
        if (o instanceof FactorResult r) {
            return "FactorResult(" + r.getFactor() + ", " + (r.isMet() ? "met" : "not met") + ")";
        }
        if (o instanceof FactorTally t) {
            return "FactorTally(" + t.getMet() + " of " + t.getTotal() + ")";
        }
        if (o instanceof Verdict v) {
            return "Verdict(" + v.getCapacity() + ", " + v.getLabel() + ")";
        }
        return o.getClass().getSimpleName() + "(" + o + ")";
    }
}
