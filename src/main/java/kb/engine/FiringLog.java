package kb.engine;

import java.util.ArrayList;
import org.drools.core.common.InternalFactHandle;
import org.drools.tms.LogicalDependency;
import org.drools.tms.agenda.TruthMaintenanceSystemInternalMatch;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to a session. Always counts firings per rule (for the firing limit's message)
 * and remembers the match in progress (to name the rule that threw). With {@code detailed},
 * it also keeps every firing with its matched objects, insertions and retractions: the
 * chronological trail of an audit record.
 */
final class FiringLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final RuleCatalogue catalogue;
    private final boolean detailed;
    /** Firings per rule, counted by the rule object itself: no name is hashed or compared per firing. */
    private final Map<Rule, int[]> counts = new IdentityHashMap<>();
    private final List<Firing> firings = new ArrayList<>();
    private Match current;
    /** Since the last firing recorded; null for none (most firings insert one conclusion and retract none). */
    private List<Object> inserted;
    private List<Object> retracted;

    FiringLog(RuleCatalogue catalogue, boolean detailed) {
        this.catalogue = catalogue;
        this.detailed = detailed;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        counts.computeIfAbsent(rule, r -> new int[1])[0]++;
        if (detailed) {
            firings.add(new Firing(firings.size() + 1, catalogue.require(rule.getName()),
                    Justifications.domainObjects(event.getMatch().getObjects()), justified(event.getMatch()),
                    inserted == null ? List.of() : inserted, retracted == null ? List.of() : retracted));
            inserted = null;
            retracted = null;
        }
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (detailed && event.getRule() != null) {
            if (inserted == null) {
                inserted = new ArrayList<>(2);
            }
            inserted.add(event.getObject());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (detailed && Justifications.isConclusion(event.getOldObject())) {
            // Truth maintenance withdraws conclusions while propagating, often just after the
            // firing that caused it; they are booked on the next firing recorded.
            if (retracted == null) {
                retracted = new ArrayList<>(2);
            }
            retracted.add(event.getOldObject());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable here; nothing to record.
    }

    /**
     * Everything this firing logically inserted, including conclusions that already held and
     * only gained one more justification (Drools raises no insert event for those).
     */
    private static List<Object> justified(Match match) {
        List<Object> objects = new ArrayList<>();
        if (match instanceof TruthMaintenanceSystemInternalMatch<?> tms && tms.getLogicalDependencies() != null) {
            for (LogicalDependency<?> dep = tms.getLogicalDependencies().getFirst(); dep != null; dep = dep.getNext()) {
                Object o = dep.getObject();
                objects.add(o instanceof InternalFactHandle h ? h.getObject() : o);
            }
        }
        return objects;
    }

    Match current() {
        return current;
    }

    /** The names of the rules that fired, in name order (no map built: read for every case of a batch). */
    List<String> firedNames() {
        String[] names = new String[counts.size()];
        int i = 0;
        for (Rule rule : counts.keySet()) {
            names[i++] = rule.getName();
        }
        java.util.Arrays.sort(names);
        return java.util.Arrays.asList(names);
    }

    /** Firings per rule name, in name order. */
    Map<String, Integer> counts() {
        Map<String, Integer> byName = new TreeMap<>();
        counts.forEach((rule, n) -> byName.put(rule.getName(), n[0]));
        return byName;
    }

    List<Firing> firings() {
        return firings;
    }
}
