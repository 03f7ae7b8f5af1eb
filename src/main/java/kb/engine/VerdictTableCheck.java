package kb.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kb.conclusions.FactorStatus;
import kb.framework.FactorDefinition;

/**
 * Checks, whenever the rules are built, that the verdict table gives exactly one verdict, and
 * one that {@code verdicts.json} defines, for every combination of the framework's factors
 * met and not met. It runs the compiled verdict rules on each combination ({@link VerdictTable}),
 * so the check follows the table's own columns: no factor is named here. Problems name the
 * rows ({@code file:line}) and one combination as an example.
 */
final class VerdictTableCheck {
    private VerdictTableCheck() {
    }

    static List<String> problems(String folderLabel, RuleBase rules) {
        VerdictTable table = new VerdictTable(rules);
        List<RuleInfo> rows = table.rows();
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(folderLabel + ":1: no verdict table (a *.drl.csv or *.drl.xlsx decision table whose rows"
                    + " insert a Verdict); without one no case gets a verdict");
            return problems;
        }
        List<String> factors = rules.framework().factors().stream().map(FactorDefinition::getId).toList();
        Map<Integer, List<Map<String, FactorStatus>>> gaps = new LinkedHashMap<>();
        Map<List<RuleInfo>, List<Map<String, FactorStatus>>> overlaps = new LinkedHashMap<>();
        Set<RuleInfo> used = new LinkedHashSet<>();
        Map<RuleInfo, String> unknownVerdicts = new LinkedHashMap<>();
        Map<RuleInfo, Map<String, FactorStatus>> noVerdict = new LinkedHashMap<>();
        for (Map<String, FactorStatus> combination : VerdictTable.completions(Map.of(), factors)) {
            VerdictTable.Outcome outcome = table.run(combination);
            used.addAll(outcome.rows());
            if (outcome.rows().isEmpty()) {
                gaps.computeIfAbsent(metCount(combination), k -> new ArrayList<>()).add(combination);
            } else if (outcome.rows().size() > 1) {
                overlaps.computeIfAbsent(outcome.rows(), k -> new ArrayList<>()).add(combination);
            } else if (outcome.verdicts().isEmpty()) {
                noVerdict.putIfAbsent(outcome.rows().get(0), combination);
            } else {
                for (String v : outcome.verdicts()) {
                    if (rules.verdicts().get(v).isEmpty()) {
                        unknownVerdicts.putIfAbsent(outcome.rows().get(0), v);
                    }
                }
            }
        }
        String tableFile = rows.get(0).file();
        int firstLine = Math.max(1, rows.stream().mapToInt(RuleInfo::line).min().orElse(1));
        gaps.forEach((met, combinations) -> problems.add(tableFile + ":" + firstLine + ": no row gives a verdict when "
                + met + " of " + factors.size() + " factors are met, e.g. " + describe(combinations.get(0))
                + count(combinations) + "; every combination needs exactly one row"));
        overlaps.forEach((hits, combinations) -> problems.add(hits.get(hits.size() - 1).location() + ": rows "
                + hits.stream().map(VerdictTableCheck::label).collect(Collectors.joining(" and "))
                + " all give a verdict when " + describe(combinations.get(0)) + count(combinations)
                + "; every combination needs exactly one row"));
        unknownVerdicts.forEach((row, v) -> problems.add(row.location() + ": row " + label(row) + " gives \"" + v
                + "\", which is not a verdict of verdicts.json; allowed: " + String.join(", ", rules.verdicts().ids())));
        noVerdict.forEach((row, c) -> problems.add(row.location() + ": row " + label(row) + " matches when " + describe(c)
                + " but gives no verdict"));
        for (RuleInfo row : rows) {
            if (!used.contains(row)) {
                problems.add(row.location() + ": row " + label(row) + " gives a verdict for no combination of factors"
                        + " met and not met; remove it or correct its bounds");
            }
        }
        return problems;
    }

    private static int metCount(Map<String, FactorStatus> combination) {
        return (int) combination.values().stream().filter(s -> s == FactorStatus.MET).count();
    }

    /** "F1, F2, F3, F4 met and F5, F6 not met". */
    static String describe(Map<String, FactorStatus> combination) {
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        combination.forEach((f, s) -> (s == FactorStatus.MET ? met : notMet).add(f));
        if (notMet.isEmpty()) {
            return "every factor is met (" + String.join(", ", met) + ")";
        }
        if (met.isEmpty()) {
            return "no factor is met";
        }
        return String.join(", ", met) + " met and " + String.join(", ", notMet) + " not met";
    }

    private static String count(List<?> combinations) {
        return combinations.size() == 1 ? "" : " (" + combinations.size() + " such combinations)";
    }

    private static String label(RuleInfo r) {
        return (r.id().isBlank() ? "\"" + r.name() + "\"" : r.id()) + " (line " + r.line() + ")";
    }
}
