package kb.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kb.conclusions.Candidate;
import kb.conclusions.Conclusion;
import kb.facts.Fact;
import kb.facts.Partnership;
import kb.framework.FactorDefinition;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.BeliefSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Reads, after the rules have run, why each logically inserted conclusion still holds:
 * Drools' truth maintenance keeps every live justification (the rule match) of every
 * conclusion. This is the state at the end, so a justification that was later withdrawn
 * never shows up.
 */
final class Justifications {
    private Justifications() {
    }

    /**
     * Reads the justifications of every conclusion, or, without {@code withCandidates}, of all
     * but the per-fact classifications ({@link Candidate}): a large case has one of those per
     * fact, and only an explanation or an audit needs them.
     */
    static Map<Object, List<Justification>> read(KieSession session, RuleCatalogue catalogue, boolean withCandidates) {
        var handles = session.getFactHandles(o -> isConclusion(o) && (withCandidates || !(o instanceof Candidate)));
        Map<Object, List<Justification>> result = new IdentityHashMap<>(handles.size());
        for (FactHandle fh : handles) {
            InternalFactHandle handle = (InternalFactHandle) fh;
            List<Justification> reasons = new ArrayList<>();
            if (handle.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key && key.getBeliefSet() != null) {
                BeliefSet<?> beliefs = key.getBeliefSet();
                for (SimpleMode mode = (SimpleMode) beliefs.getFirst(); mode != null; mode = mode.getNext()) {
                    LogicalDependency<SimpleMode> dep = mode.getObject();
                    Match match = dep.getJustifier();
                    reasons.add(new Justification(catalogue.require(match.getRule().getName()),
                            domainObjects(match.getObjects())));
                }
            }
            // Drools keeps the newest justification first; list them in rule and fact order instead.
            // Immutable copies hold no spare capacity: a large case has a conclusion per fact.
            if (reasons.size() > 1) {
                reasons.sort(BY_RULE_THEN_FACTS);
            }
            result.put(handle.getObject(), List.copyOf(reasons));
        }
        return result;
    }

    private static final Comparator<Justification> BY_RULE_THEN_FACTS = Comparator
            .comparing((Justification j) -> j.rule().file()).thenComparingInt(j -> j.rule().line())
            .thenComparing(j -> j.matched().stream().map(ObjectIds::of).toList().toString());

    /** Asked of every object of every session; a class is looked up once, not its name parsed each time. */
    private static final ClassValue<Boolean> CONCLUSION_CLASS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Conclusion.class.isAssignableFrom(type);
        }
    };

    static boolean isConclusion(Object o) {
        return CONCLUSION_CLASS.get(o.getClass());
    }

    /**
     * Keeps the facts and conclusions of a match, once each (two patterns on the same object,
     * as a decision table's two columns on the tally give, name it once), dropping accumulate
     * results and the like.
     */
    @SuppressWarnings("unchecked")
    static List<Object> domainObjects(List<?> objects) {
        // Most matches bind only facts and conclusions, each once: then Drools' own list (a fresh,
        // unmodifiable one per call) is the answer, and a firing costs no copy.
        if (allKeptOnce(objects)) {
            return (List<Object>) objects;
        }
        List<Object> kept = new ArrayList<>(objects.size());
        for (Object o : objects) {
            if (isDomainObject(o) && !containsSame(kept, o)) {
                kept.add(o);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean isDomainObject(Object o) {
        return o instanceof Fact || o instanceof Partnership || o instanceof FactorDefinition || (o != null && isConclusion(o));
    }

    private static boolean allKeptOnce(List<?> objects) {
        for (int i = 0; i < objects.size(); i++) {
            Object o = objects.get(i);
            if (!isDomainObject(o) || containsSame(objects.subList(0, i), o)) {
                return false;
            }
        }
        return true;
    }

    /** By identity: two equal conclusions are still two objects of the match. (Called per firing: no stream.) */
    private static boolean containsSame(List<?> objects, Object o) {
        for (Object k : objects) {
            if (k == o) {
                return true;
            }
        }
        return false;
    }
}
