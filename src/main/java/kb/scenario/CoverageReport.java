package kb.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kb.engine.RuleInfo;

/**
 * Prints a {@link Coverage}: a numbered list of the scenarios, then each rule with the numbers
 * of the scenarios it fired in, the rules that never fired, each factor with the scenarios
 * where it is MET and NOT MET, and the gaps. Numbers keep 40 rules x a dozen scenarios
 * readable; the list above them says which scenario each number is.
 */
public final class CoverageReport {
    private CoverageReport() {
    }

    public static void print(Coverage c, List<ScenarioResult> results, PrintWriter out) {
        List<String> files = new ArrayList<>();
        out.println();
        long ran = results.stream().filter(r -> r.evaluation() != null).count();
        out.println("Coverage of " + c.firedIn().size() + " rules by " + ran + (ran == 1 ? " scenario" : " scenarios"));
        out.println();
        for (ScenarioResult r : results) {
            if (r.evaluation() != null) {
                files.add(r.file().toString());
                out.printf("  [%d] %s  (%s)%n", files.size(), r.id(), r.file());
            }
        }
        out.println();
        int idWidth = Math.max(4, c.firedIn().keySet().stream().mapToInt(r -> r.id().length()).max().orElse(4));
        int locWidth = c.firedIn().keySet().stream().mapToInt(r -> r.location().length()).max().orElse(8);
        String row = "  %-" + idWidth + "s  %-" + locWidth + "s  %s%n";
        out.printf(row, "Rule", "Location", "Fired in scenarios");
        for (Map.Entry<RuleInfo, TreeSet<String>> e : c.firedIn().entrySet()) {
            out.printf(row, e.getKey().id(), e.getKey().location(), numbers(e.getValue(), files));
        }
        out.println();
        List<RuleInfo> never = c.neverFired();
        out.println("Rules that never fired: " + (never.isEmpty() ? "none" : never.size()));
        never.forEach(r -> out.println("  " + r.id() + "  " + r.location() + "  " + r.name()));
        out.println();
        String factorRow = "  %-6s  %-30s  %-30s  %s%n";
        out.printf(factorRow, "Factor", "MET in scenarios", "NOT MET in scenarios", "UNDETERMINED in scenarios");
        for (Coverage.FactorCoverage f : c.factors().values()) {
            out.printf(factorRow, f.factor().getId(), numbers(f.met(), files), numbers(f.notMet(), files),
                    numbers(f.undetermined(), files));
        }
        out.println();
        List<String> gaps = c.gaps();
        out.println("Coverage gaps: " + (gaps.isEmpty() ? "none" : gaps.size()));
        gaps.forEach(g -> out.println("  " + g));
        out.flush();
    }

    /** The legend numbers of the scenarios, named by file. */
    private static String numbers(TreeSet<String> scenarioIds, List<String> order) {
        if (scenarioIds.isEmpty()) {
            return "-";
        }
        return scenarioIds.stream().map(id -> order.indexOf(id) + 1).sorted().map(String::valueOf)
                .collect(Collectors.joining(" "));
    }
}
