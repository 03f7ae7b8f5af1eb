package kb.report.html;

import java.util.ArrayList;
import java.util.List;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.engine.RuleBase;
import kb.explain.Explainer;

/** The one place the report reads an {@link Evaluation}. */
public final class EvaluationAdapter {
    private EvaluationAdapter() {
    }

    /** The evaluation must be traced in full (Trace.FULL): the derivation needs every classification. */
    public static ReportInput read(Evaluation e, RuleBase rules) {
        return read(e, rules, List.of());
    }

    /** As {@link #read(Evaluation, RuleBase)}, with the lines of "what it would take" (from kb whatif's search). */
    public static ReportInput read(Evaluation e, RuleBase rules, List<String> whatIf) {
        Explainer explainer = new Explainer(e, rules);
        List<ReportInput.Factor> factors = new ArrayList<>();
        for (FactorOutcome f : e.factors()) {
            factors.add(new ReportInput.Factor(f.factor(), status(f), f.decidedBy(), explainer.factorTree(f)));
        }
        long met = factors.stream().filter(f -> f.status().equals("MET")).count();
        return new ReportInput(e.facts(), e.verdict().id(), e.verdict().row(),
                List.copyOf(factors), met, undetermined(e), possibleVerdicts(e), List.copyOf(whatIf));
    }

    /** MET, NOT_MET or UNDETERMINED. */
    static String status(FactorOutcome f) {
        return f.status().name();
    }

    /** How many factors nothing in the case bears on. */
    static Integer undetermined(Evaluation e) {
        return (int) e.factors().stream().filter(f -> f.status() == kb.conclusions.FactorStatus.UNDETERMINED).count();
    }

    /** The verdicts the table gives over every way the undetermined factors could come out, when they differ. */
    static List<String> possibleVerdicts(Evaluation e) {
        return e.verdict().undetermined() ? e.verdict().possible().stream().map(d -> d.getId()).toList() : List.of();
    }
}
