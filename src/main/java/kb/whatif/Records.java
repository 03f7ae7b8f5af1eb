package kb.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.Finding;

/** The recorded findings of a case about some factors: what a suggestion that turns them to MET overturns. */
final class Records {
    private Records() {
    }

    static List<Fact> about(CaseFacts facts, Set<String> factors) {
        List<Fact> found = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f instanceof Finding finding && factors.contains(finding.getFactor())) {
                found.add(f);
            }
        }
        return found;
    }
}
