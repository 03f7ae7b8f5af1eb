package kb.report;

import java.io.PrintWriter;
import kb.engine.Evaluation;
import kb.conclusions.FactorStatus;
import kb.engine.FactorOutcome;
import kb.engine.RuleInfo;
import kb.engine.VerdictOutcome;
import kb.facts.Partnership;

/** The result as a table for people: six factors, MET / NOT MET / UNDETERMINED, one line of reason each. */
public final class ResultTable {
    private ResultTable() {
    }

    public static void print(Evaluation e, PrintWriter out) {
        Partnership p = e.facts().partnership();
        out.println(p.getTitle() + (p.isHypothetical() ? "  [HYPOTHETICAL]" : ""));
        out.println("case " + p.getId() + ", period " + p.getPeriod().getFrom() + "-" + p.getPeriod().getTo());
        out.println();
        int nameWidth = e.factors().stream().mapToInt(f -> f.factor().getName().length()).max().orElse(10);
        String row = "  %-4s %-" + nameWidth + "s  %-12s  %s%n";
        out.printf(row, "", "Factor", "Result", "Reason");
        for (FactorOutcome f : e.factors()) {
            RuleInfo rule = f.reasonRule();
            String reason = rule == null ? f.reason() : rule.id() + " " + f.reason();
            out.printf(row, f.factor().getId(), f.factor().getName(), f.status().text(), reason);
        }
        out.println();
        long met = e.factors().stream().filter(FactorOutcome::met).count();
        long open = e.factors().stream().filter(f -> f.status() == FactorStatus.UNDETERMINED).count();
        VerdictOutcome v = e.verdict();
        StringBuilder line = new StringBuilder("Verdict: ").append(v.text()).append(" - ").append(met).append(" of ")
                .append(e.factors().size()).append(" factors met");
        if (open > 0) {
            line.append(", ").append(open).append(" undetermined; ").append(v.undetermined()
                    ? "the verdict table gives different verdicts depending on how they come out"
                    : "the verdict table gives this verdict however they come out");
        } else if (v.row() != null) {
            line.append("; ").append(v.row().id()).append(' ').append(v.row().name());
        }
        out.println(line);
        out.flush();
    }
}
