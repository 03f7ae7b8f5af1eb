package kb.whatif;

import java.util.LinkedHashMap;
import java.util.Map;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.explain.Node;
import kb.facts.CaseFacts;

/**
 * For {@code kb explain}: each factor that is not MET ends with the smallest change that would
 * turn it, found by the same search as {@code kb whatif} (and, like it, evaluated first).
 */
public final class FactorTurns {
    /** Kept small: explain shows one line per factor; kb whatif searches further. */
    private static final int MAX_CHANGES = 2;

    private FactorTurns() {
    }

    /** One line per factor that is not met and can be turned with at most two changes. */
    public static Map<String, String> of(Evaluator evaluator, CaseFacts facts) throws RuleFailureException {
        WhatIf.Result r = new WhatIf(evaluator, new WhatIf.Options(null, MAX_CHANGES, false, 1, true)).run(facts);
        Map<String, String> lines = new LinkedHashMap<>();
        for (WhatIf.Goal g : r.factors()) {
            String line = g.reached()
                    ? "smallest change that would turn it " + g.result().replace('_', ' ') + ": "
                        + String.join("; ", g.suggestions().get(0).describe()) + " (more: kb whatif)"
                    : "no change of " + MAX_CHANGES + " facts or fewer turns it " + g.result().replace('_', ' ')
                        + " (kb whatif --max-changes N searches further)";
            lines.putIfAbsent(g.factor(), line);
        }
        return lines;
    }

    /** Adds each line as the last child of its factor's node (a node whose text starts with the factor id). */
    public static void annotate(Node tree, Map<String, String> lines) {
        if (tree.kind().equals("factor")) {
            lines.forEach((factor, line) -> {
                if (tree.text().startsWith(factor + " ")) {
                    // Last in the factor's own subtree: before the list of sources when the factor is the root.
                    int at = tree.children().size();
                    while (at > 0 && tree.children().get(at - 1).kind().equals("sources")) {
                        at--;
                    }
                    tree.children().add(at, Node.of("whatif", line));
                }
            });
        }
        tree.children().forEach(c -> annotate(c, lines));
    }
}
