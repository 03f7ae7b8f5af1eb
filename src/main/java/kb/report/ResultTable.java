package kb.report;

import java.io.PrintWriter;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.facts.Partnership;

/** The result as a table for people: six factors, MET / NOT MET, one line of reason each. */
public final class ResultTable {
    private ResultTable() {
    }

    public static void print(Evaluation e, PrintWriter out) {
        Partnership p = e.facts().partnership();
        out.println(Printable.line(p.getTitle()) + (p.isHypothetical() ? "  [HYPOTHETICAL]" : ""));
        out.println("case " + Printable.line(p.getId()) + ", period " + p.getPeriod().getFrom() + "-" + p.getPeriod().getTo());
        out.println();
        int nameWidth = e.factors().stream().mapToInt(f -> f.factor().getName().length()).max().orElse(10);
        String row = "  %-4s %-" + nameWidth + "s  %-7s  %s%n";
        out.printf(row, "", "Factor", "Result", "Reason");
        for (FactorOutcome f : e.factors()) {
            String reason = f.decidedBy() == null ? f.reason() : f.decidedBy().id() + " " + f.reason();
            out.printf(row, f.factor().getId(), f.factor().getName(), f.met() ? "MET" : "NOT MET", Printable.line(reason));
        }
        out.println();
        long met = e.factors().stream().filter(FactorOutcome::met).count();
        if (e.verdict() == null) {
            out.println("Verdict: none - no row of the verdict table matched " + met + " of " + e.factors().size()
                    + " factors met");
        } else {
            out.println("Verdict: " + e.verdict().getCapacity() + " (" + e.verdict().getLabel() + ") - " + met + " of "
                    + e.factors().size() + " factors met"
                    + (e.verdictRow() == null ? "" : "; " + e.verdictRow().id() + " " + e.verdictRow().name()));
        }
        out.flush();
    }
}
