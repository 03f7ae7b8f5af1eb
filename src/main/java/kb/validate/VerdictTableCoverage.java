package kb.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.conclusions.FactorResult;
import kb.conclusions.FactorTally;
import kb.conclusions.Verdict;
import kb.engine.RuleBase;
import kb.engine.RuleInfo;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Checks that the verdict table gives exactly one verdict for every possible tally: each
 * number of factors met (0 to the number of factors) with implementation (F4) met and not
 * met. Rather than reading the condition cells, it asks the compiled rules: for each
 * combination it inserts a {@link FactorTally} and an F4 {@link FactorResult} and fires
 * only the decision-table rules, so what is checked is what will run. Combinations that
 * cannot happen (no factor met but F4 met; all met but F4 not) are skipped.
 */
final class VerdictTableCoverage {
    static final String IMPLEMENTATION = "F4";

    private VerdictTableCoverage() {
    }

    static List<String> check(String folderLabel, RuleBase rules) {
        List<RuleInfo> rows = rules.catalogue().all().stream().filter(VerdictTableCoverage::fromTable).toList();
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(folderLabel + ":1: no verdict table (a *.drl.csv or *.drl.xlsx decision table); "
                    + "without one no case gets a verdict");
            return problems;
        }
        String table = rows.get(0).file();
        int total = rules.framework().factors().size();
        for (int met = 0; met <= total; met++) {
            for (boolean f4 : new boolean[] {true, false}) {
                if ((met == 0 && f4) || (met == total && !f4)) {
                    continue;
                }
                check(rules, rows, table, met, total, f4, problems);
            }
        }
        return problems;
    }

    private static void check(RuleBase rules, List<RuleInfo> rows, String table, int met, int total, boolean f4,
                              List<String> problems) {
        String when = met + " of " + total + " factors are met and " + IMPLEMENTATION + " is " + (f4 ? "met" : "not met");
        Map<String, RuleInfo> matched = new TreeMap<>();
        boolean verdict;
        KieSession session = rules.newSession(null); // no fact here reads the period
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    RuleInfo rule = rules.catalogue().require(event.getMatch().getRule().getName());
                    matched.put(rule.name(), rule);
                }
            });
            session.insert(new FactorTally(met, total));
            session.insert(f4 ? FactorResult.met(IMPLEMENTATION) : FactorResult.notMet(IMPLEMENTATION));
            // Only the table's rows may fire: the factor rules would add results of their own.
            session.fireAllRules(match -> fromTable(rules.catalogue().require(match.getRule().getName())), 1000);
            verdict = !session.getObjects(o -> o instanceof Verdict).isEmpty();
        } finally {
            session.dispose();
        }
        List<RuleInfo> hits = matched.values().stream().sorted(Comparator.comparingInt(RuleInfo::line)).toList();
        if (hits.isEmpty()) {
            problems.add(table + ":" + firstLine(rows) + ": no row gives a verdict when " + when);
        } else if (hits.size() > 1) {
            RuleInfo later = hits.get(hits.size() - 1);
            problems.add(later.location() + ": rows " + hits.stream().map(r -> label(r)).toList()
                    + " all match when " + when + "; each combination needs exactly one row");
        } else if (!verdict) {
            problems.add(hits.get(0).location() + ": row " + label(hits.get(0)) + " matches when " + when
                    + " but gives no verdict");
        }
    }

    private static int firstLine(List<RuleInfo> rows) {
        return Math.max(1, rows.stream().mapToInt(RuleInfo::line).min().orElse(1));
    }

    private static String label(RuleInfo r) {
        return (r.id().isBlank() ? "\"" + r.name() + "\"" : r.id()) + " (line " + r.line() + ")";
    }

    static boolean fromTable(RuleInfo rule) {
        return rule.file().endsWith(".drl.csv") || rule.file().endsWith(".drl.xlsx");
    }
}
