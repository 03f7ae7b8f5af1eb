package kb.report;

import java.io.PrintWriter;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.facts.Partnership;
import kb.labels.Words;

/** The result as a table for people: six factors, MET / NOT MET, one line of reason each. */
public final class ResultTable {
    private ResultTable() {
    }

    public static void print(Evaluation e, PrintWriter out) {
        Partnership p = e.facts().partnership();
        out.println(p.getTitle() + (p.isHypothetical() ? "  [HYPOTHETICAL]" : ""));
        out.println("case " + p.getId() + ", period " + p.getPeriod().getFrom() + "-" + p.getPeriod().getTo());
        out.println();
        int nameWidth = e.factors().stream().mapToInt(f -> f.factor().getName().length()).max().orElse(10);
        String row = "  %-4s %-" + nameWidth + "s  %-7s  %s%n";
        out.printf(row, "", "Factor", "Result", "Reason");
        for (FactorOutcome f : e.factors()) {
            String reason = f.decidedBy() == null ? f.reason() : f.decidedBy().id() + " " + f.reason();
            out.printf(row, f.factor().getId(), f.factor().getName(), f.met() ? "MET" : "NOT MET", reason);
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

    /** The same table in the words of one language (--lang): names, results, sentences and verdict from the labels. */
    public static void print(Evaluation e, PrintWriter out, Words w) {
        Partnership p = e.facts().partnership();
        out.println(p.getTitle() + (p.isHypothetical() ? "  [" + w.heading("hypotheticalCase") + "]" : ""));
        out.println(w.heading("case") + " " + p.getId() + ", " + w.heading("period") + " " + p.getPeriod().getFrom() + "-"
                + p.getPeriod().getTo());
        out.println();
        int nameWidth = Math.max(w.heading("factor").length(),
                e.factors().stream().mapToInt(f -> w.factorName(f.factor()).length()).max().orElse(10));
        int resultWidth = Math.max(w.heading("result").length(), e.factors().stream()
                .mapToInt(f -> w.result(status(f)).length()).max().orElse(7));
        String row = "  %-4s %-" + nameWidth + "s  %-" + resultWidth + "s  %s%n";
        out.printf(row, "", w.heading("factor"), w.heading("result"), w.heading("reason"));
        for (FactorOutcome f : e.factors()) {
            String reason = f.decidedBy() == null ? w.heading("noRule") : f.decidedBy().id() + " " + w.sentence(f.decidedBy());
            out.printf(row, f.factor().getId(), w.factorName(f.factor()), w.result(status(f)), reason);
        }
        out.println();
        long met = e.factors().stream().filter(FactorOutcome::met).count();
        String count = met + " " + w.heading("of") + " " + e.factors().size() + " " + w.heading("factorsMet");
        if (e.verdict() == null) {
            out.println(w.heading("verdict") + ": " + w.heading("noVerdict") + " - " + count);
        } else {
            String capacity = e.verdict().getCapacity().name();
            out.println(w.heading("verdict") + ": " + w.verdict(capacity) + " (" + capacity + ") - " + count
                    + (e.verdictRow() == null ? "" : "; " + e.verdictRow().id() + " " + w.sentence(e.verdictRow())));
        }
        out.flush();
    }

    private static String status(FactorOutcome f) {
        return f.met() ? "MET" : "NOT_MET";
    }
}
