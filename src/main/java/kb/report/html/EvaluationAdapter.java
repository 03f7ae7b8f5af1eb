package kb.report.html;

import java.util.ArrayList;
import java.util.List;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.engine.RuleBase;
import kb.explain.Explainer;

/**
 * The one place the report reads an {@link Evaluation}. When the model gains
 * MET / NOT MET / UNDETERMINED, possible verdicts and "what it would take", only
 * {@link #status}, {@link #undetermined}, {@link #possibleVerdicts} and {@link #whatIf} change;
 * the page already shows them when present.
 */
public final class EvaluationAdapter {
    private EvaluationAdapter() {
    }

    /** The evaluation must be traced in full (Trace.FULL): the derivation needs every classification. */
    public static ReportInput read(Evaluation e, RuleBase rules) {
        Explainer explainer = new Explainer(e, rules);
        List<ReportInput.Factor> factors = new ArrayList<>();
        for (FactorOutcome f : e.factors()) {
            factors.add(new ReportInput.Factor(f.factor(), status(f), f.decidedBy(), explainer.factorTree(f)));
        }
        long met = factors.stream().filter(f -> f.status().equals("MET")).count();
        return new ReportInput(e.facts(), e.verdict() == null ? null : e.verdict().getCapacity().name(), e.verdictRow(),
                List.copyOf(factors), met, undetermined(e), possibleVerdicts(e), whatIf(e));
    }

    /** Today a factor is met or not; with the new model: {@code f.status().name()}. */
    static String status(FactorOutcome f) {
        return f.met() ? "MET" : "NOT_MET";
    }

    /** Null: today's model has no undetermined factors (the page then leaves the count out). */
    static Integer undetermined(Evaluation e) {
        return null;
    }

    /** Empty: today's model decides one verdict; with the new model, {@code e.possibleVerdicts()} by id. */
    static List<String> possibleVerdicts(Evaluation e) {
        return List.of();
    }

    /** Empty until issue 13 ("What would it take") adds it to the evaluation. */
    static List<String> whatIf(Evaluation e) {
        return List.of();
    }
}
