package kb.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;

/**
 * What changed between two results, in words: factors that flipped, indicators that appeared,
 * disappeared or flipped, and the verdict. This is what an analyst looks at after an edit.
 */
public final class ResultChanges {
    private ResultChanges() {
    }

    public static List<String> between(Evaluation before, Evaluation after) {
        List<String> changes = new ArrayList<>();
        for (FactorOutcome now : after.factors()) {
            String id = now.factor().getId();
            FactorOutcome then = before.factor(id).orElse(null);
            if (then == null) {
                changes.add(id + " " + now.factor().getName() + ": new factor, " + now.status().text());
                continue;
            }
            if (then.status() != now.status()) {
                changes.add(id + " " + now.factor().getName() + ": " + then.status().text() + " -> " + now.status().text()
                        + " (" + (now.reasonRule() == null ? now.reason() : now.reasonRule().id() + " " + now.reason()) + ")");
            }
            changes.addAll(indicators(id, then, now));
        }
        String was = verdict(before);
        String is = verdict(after);
        if (!was.equals(is)) {
            changes.add("verdict: " + was + " -> " + is);
        }
        return changes;
    }

    private static List<String> indicators(String factor, FactorOutcome then, FactorOutcome now) {
        Map<String, Boolean> was = new TreeMap<>();
        then.indicators().forEach(i -> was.put(i.id(), i.satisfied()));
        Map<String, Boolean> is = new TreeMap<>();
        now.indicators().forEach(i -> is.put(i.id(), i.satisfied()));
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : is.entrySet()) {
            Boolean old = was.get(e.getKey());
            if (old == null) {
                changes.add(factor + " indicator " + e.getKey() + ": new, " + satisfied(e.getValue()));
            } else if (!old.equals(e.getValue())) {
                changes.add(factor + " indicator " + e.getKey() + ": " + satisfied(old) + " -> " + satisfied(e.getValue()));
            }
        }
        was.keySet().stream().filter(id -> !is.containsKey(id))
                .forEach(id -> changes.add(factor + " indicator " + id + ": no longer in the rules"));
        return changes;
    }

    private static String verdict(Evaluation e) {
        return e.verdict().undetermined() ? e.verdict().text() : e.verdict().id();
    }

    private static String satisfied(boolean s) {
        return s ? "satisfied" : "not satisfied";
    }
}
