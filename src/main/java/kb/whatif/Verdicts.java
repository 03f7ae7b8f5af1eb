package kb.whatif;

import java.util.Arrays;
import java.util.List;
import kb.conclusions.Capacity;
import kb.engine.RuleBase;

/** The verdicts in order, best first, and the factor results a search may aim at. */
final class Verdicts {
    static final String MET = "MET";

    private Verdicts() {
    }

    static List<String> bestFirst(RuleBase rules) {
        return Arrays.stream(Capacity.values()).map(Enum::name).toList();
    }

    /** From a factor's result, the results worth finding a change for: MET for one that is not. */
    static List<String> factorResultsToReach(String result) {
        return MET.equals(result) ? List.of() : List.of(MET);
    }
}
