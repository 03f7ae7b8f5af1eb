package kb.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kb.facts.Absence;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.Finding;

/**
 * The recorded absences (and findings) of a case about some factors: a suggestion that turns one
 * of those factors to MET contradicts what the search recorded, so it overturns them.
 */
final class Records {
    private Records() {
    }

    static List<Fact> about(CaseFacts facts, Set<String> factors) {
        List<Fact> found = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f instanceof Absence absence && factors.contains(absence.getFactor())
                    || f instanceof Finding finding && factors.contains(finding.getFactor())) {
                found.add(f);
            }
        }
        return found;
    }
}
