package kb.whatif;

import java.util.List;
import kb.conclusions.FactorStatus;
import kb.engine.RuleBase;

/** The verdicts in order, best first, and the factor results a search may aim at. */
final class Verdicts {
    static final String MET = FactorStatus.MET.name();

    private Verdicts() {
    }

    static List<String> bestFirst(RuleBase rules) {
        return rules.verdicts().ids();
    }

    /**
     * From a factor's result, the results worth finding a change for: MET for one that is not met;
     * for an undetermined one also NOT_MET, since evidence either way decides it.
     */
    static List<String> factorResultsToReach(String result) {
        if (FactorStatus.UNDETERMINED.name().equals(result)) {
            return List.of(MET, FactorStatus.NOT_MET.name());
        }
        return MET.equals(result) ? List.of() : List.of(MET);
    }
}
