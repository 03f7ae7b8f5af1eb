package kb.report;

import java.io.PrintWriter;
import kb.engine.Evaluation;
import kb.conclusions.FactorStatus;
import kb.engine.FactorOutcome;
import kb.engine.RuleInfo;
import kb.engine.VerdictOutcome;
import kb.facts.Partnership;
import kb.labels.Words;

/** The result as a table for people: six factors, MET / NOT MET / UNDETERMINED, one line of reason each. */
public final class ResultTable {
    private ResultTable() {
    }

    public static void print(Evaluation e, PrintWriter out) {
        Partnership p = e.facts().partnership();
        out.println(Printable.line(p.getTitle()) + (p.isHypothetical() ? "  [HYPOTHETICAL]" : ""));
        out.println("case " + Printable.line(p.getId()) + ", period " + p.getPeriod().getFrom() + "-" + p.getPeriod().getTo());
        out.println();
        int nameWidth = e.factors().stream().mapToInt(f -> f.factor().getName().length()).max().orElse(10);
        String row = "  %-4s %-" + nameWidth + "s  %-12s  %s%n";
        out.printf(row, "", "Factor", "Result", "Reason");
        for (FactorOutcome f : e.factors()) {
            RuleInfo rule = f.reasonRule();
            String reason = rule == null ? f.reason() : rule.id() + " " + f.reason();
            out.printf(row, f.factor().getId(), f.factor().getName(), f.status().text(), Printable.line(reason));
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
            RuleInfo rule = f.reasonRule();
            String reason = rule == null ? w.heading("noRule") : rule.id() + " " + w.sentence(rule);
            out.printf(row, f.factor().getId(), w.factorName(f.factor()), w.result(status(f)), reason);
        }
        out.println();
        long met = e.factors().stream().filter(FactorOutcome::met).count();
        long open = e.factors().stream().filter(f -> f.status() == FactorStatus.UNDETERMINED).count();
        String count = met + " " + w.heading("of") + " " + e.factors().size() + " " + w.heading("factorsMet")
                + (open > 0 ? ", " + open + " " + w.result("UNDETERMINED") : "");
        VerdictOutcome v = e.verdict();
        if (v.undetermined()) {
            String possible = String.join(", ", v.possible().stream().map(d -> w.verdict(d.getId())).toList());
            out.println(w.heading("verdict") + ": " + w.result("UNDETERMINED") + " (" + possible + ") - " + count);
        } else {
            out.println(w.heading("verdict") + ": " + w.verdict(v.id()) + " (" + v.id() + ") - " + count
                    + (v.row() == null ? "" : "; " + v.row().id() + " " + w.sentence(v.row())));
        }
        out.flush();
    }

    private static String status(FactorOutcome f) {
        return f.status().name();
    }
}
