package kb.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kb.conclusions.DoesNotQualify;
import kb.engine.RuleBase;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.SigningDates;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Tries each single change in one session that holds the case: the change goes in, the rules
 * fire, the conclusions that appeared or went are read, and the change is taken back out (truth
 * maintenance withdraws what rested on it). What a change does is its signature: changes with
 * the same signature are interchangeable, so the search tries one of each. This only sorts
 * candidates; every suggestion is then evaluated afresh on the whole changed case.
 */
final class Screening implements AutoCloseable {
    private final KieSession session;
    private final Map<String, FactHandle> handles = new HashMap<>();
    private final Map<String, Fact> facts = new HashMap<>();
    private final Changes changes = new Changes();
    private final int firingLimit;

    Screening(RuleBase rules, CaseFacts caseFacts, int firingLimit) {
        this.firingLimit = firingLimit;
        // Changes add and remove legal instruments in this one session: no fixed set of signing dates holds.
        session = rules.newSession(caseFacts.partnership().getPeriod(), SigningDates.ANY);
        // The order of Evaluator: the factors, the partnership, then the facts.
        rules.framework().factors().forEach(session::insert);
        session.insert(caseFacts.partnership());
        for (Fact f : caseFacts.facts()) {
            handles.put(f.getId(), session.insert(f));
            facts.put(f.getId(), f);
        }
        session.fireAllRules(firingLimit);
        session.addEventListener(changes);
    }

    /** What one change does: the conclusions it adds (+) and withdraws (-), its own fact written as {@code *}. */
    record Signature(Set<String> entries, boolean onlyRejectsItself) {
    }

    Signature screen(Change c) {
        List<FactHandle> inserted = new ArrayList<>();
        Fact replaced = null;
        String id = c.factId();
        changes.net.clear();
        changes.listening = true;
        switch (c.action()) {
            case ADD -> inserted.add(session.insert(c.fact()));
            case EDIT -> {
                replaced = facts.get(id);
                session.delete(handles.get(id));
                inserted.add(session.insert(c.fact()));
            }
            case REMOVE -> {
                replaced = facts.get(id);
                session.delete(handles.get(id));
            }
        }
        session.fireAllRules(firingLimit);
        changes.listening = false;
        String own = c.action() == Change.Action.ADD ? id : null;
        boolean onlyRejectsItself = c.action() == Change.Action.ADD;
        Set<String> entries = new TreeSet<>();
        for (Map.Entry<Object, Integer> e : changes.net.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            Object o = e.getKey();
            String text = o.getClass().getSimpleName() + ":" + o;
            entries.add((e.getValue() > 0 ? "+" : "-") + (own == null ? text : text.replace(own, "*")));
            if (e.getValue() < 0 || !(o instanceof DoesNotQualify)) {
                onlyRejectsItself = false;
            }
        }
        inserted.forEach(session::delete);
        if (replaced != null) {
            handles.put(id, session.insert(replaced));
        }
        session.fireAllRules(firingLimit);
        return new Signature(entries, onlyRejectsItself);
    }

    /**
     * Counts, while one change is tried, each conclusion that appears (+1) and goes (-1); what is
     * not zero at the end is what the change did. Cheaper than reading every conclusion of the case.
     */
    private static final class Changes implements RuleRuntimeEventListener {
        final Map<Object, Integer> net = new HashMap<>();
        boolean listening;

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            count(event.getObject(), 1);
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            count(event.getOldObject(), -1);
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // conclusions are never updated, only inserted and withdrawn
        }

        private void count(Object o, int delta) {
            if (listening && o != null && o.getClass().getPackageName().equals("kb.conclusions")) {
                net.merge(o, delta, Integer::sum);
            }
        }
    }

    @Override
    public void close() {
        session.removeEventListener(changes);
        session.dispose();
    }
}
