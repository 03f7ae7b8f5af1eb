package kb.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.conclusions.FactorResult;
import kb.conclusions.FactorStatus;
import kb.conclusions.FactorTally;
import kb.conclusions.Verdict;
import kb.framework.FactorDefinition;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The verdict rules of a rule base run alone on given factor results: the tally
 * ({@code verdict.drl}) and the rows of the verdict table, i.e. the rules that conclude a
 * {@link FactorTally} or a {@link Verdict}. What is asked is what will run, whatever the table's
 * columns are: the build-time check of the table and the verdicts of a case with undetermined
 * factors both come from here. No factor id is written in Java.
 */
final class VerdictTable {
    private final RuleBase rules;

    VerdictTable(RuleBase rules) {
        this.rules = rules;
    }

    /** What the table gives for one assignment of MET / NOT MET to every factor. */
    record Outcome(List<RuleInfo> rows, List<String> verdicts) {
    }

    /** The rules that make a verdict: the rows of the verdict table, by file and line. */
    List<RuleInfo> rows() {
        return rules.catalogue().all().stream().filter(r -> r.concludes(Verdict.class)).toList();
    }

    private boolean isVerdictRule(RuleInfo r) {
        return r.concludes(Verdict.class) || r.concludes(FactorTally.class);
    }

    Outcome run(Map<String, FactorStatus> statuses) {
        Map<String, RuleInfo> fired = new LinkedHashMap<>();
        List<String> verdicts = new ArrayList<>();
        KieSession session = rules.newSession(null, kb.facts.SigningDates.ANY); // no verdict rule reads the period or the signings
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                RuleInfo rule = rules.catalogue().require(event.getMatch().getRule().getName());
                if (rule.concludes(Verdict.class)) {
                    fired.put(rule.name(), rule);
                }
            }
        };
        session.addEventListener(listener);
        try {
            for (FactorDefinition f : rules.framework().factors()) {
                session.insert(f);
                session.insert(new FactorResult(f.getId(), statuses.get(f.getId())));
            }
            session.fireAllRules(match -> isVerdictRule(rules.catalogue().require(match.getRule().getName())), 10_000);
            for (Object o : session.getObjects(o -> o instanceof Verdict)) {
                verdicts.add(((Verdict) o).id());
            }
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
        verdicts.sort(Comparator.naturalOrder());
        return new Outcome(fired.values().stream().sorted(Comparator.comparing(RuleInfo::file)
                .thenComparingInt(RuleInfo::line)).toList(), verdicts);
    }

    /** Every assignment of MET / NOT MET to the given factors, the others as in {@code fixed}; in a stable order. */
    static List<Map<String, FactorStatus>> completions(Map<String, FactorStatus> fixed, List<String> open) {
        List<Map<String, FactorStatus>> all = new ArrayList<>();
        for (long bits = 0; bits < (1L << open.size()); bits++) {
            Map<String, FactorStatus> m = new LinkedHashMap<>(fixed);
            for (int i = 0; i < open.size(); i++) {
                // The first open factor varies slowest, MET before NOT MET.
                boolean notMet = ((bits >> (open.size() - 1 - i)) & 1) == 1;
                m.put(open.get(i), notMet ? FactorStatus.NOT_MET : FactorStatus.MET);
            }
            all.add(m);
        }
        return all;
    }
}
