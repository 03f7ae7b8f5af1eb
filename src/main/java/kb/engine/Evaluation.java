package kb.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.facts.CaseFacts;

/**
 * The result of running the rules on one case: each factor, the verdict, the rules that
 * fired, and why every conclusion holds (its justifications at the end of the run).
 * {@code firings} is empty unless the evaluation was traced.
 */
public record Evaluation(CaseFacts facts, List<FactorOutcome> factors, VerdictOutcome verdict,
                         Set<String> firedRules, Map<Object, List<Justification>> justifications,
                         List<Firing> firings) {

    public Optional<FactorOutcome> factor(String id) {
        return factors.stream().filter(f -> f.factor().getId().equals(id)).findFirst();
    }

    /** Live conclusions of one type, in a stable order (by their text). */
    public <T> List<T> conclusions(Class<T> type) {
        return justifications.keySet().stream().filter(type::isInstance).map(type::cast)
                .sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    public List<Justification> why(Object conclusion) {
        return justifications.getOrDefault(conclusion, List.of());
    }

    /** Ids of the rules that justify some conclusion still holding at the end: what truth maintenance kept. */
    public Set<String> justifyingRules() {
        Set<String> ids = new java.util.TreeSet<>();
        justifications.values().forEach(js -> js.forEach(j -> ids.add(j.rule().id())));
        return ids;
    }
}
