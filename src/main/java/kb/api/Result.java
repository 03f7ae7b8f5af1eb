package kb.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import kb.audit.AuditRecord;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.engine.RuleBase;
import kb.engine.RuleInfo;
import kb.explain.Explainer;
import kb.explain.TreeJson;
import kb.explain.TreeText;
import kb.framework.VerdictDefinition;
import kb.report.ResultJson;
import kb.report.ResultTable;

/**
 * The result of one case: each factor's status and reason, the verdict (or {@code UNDETERMINED}
 * with the verdicts still possible), and, on request, the same table, JSON, explanation tree and
 * audit record as {@code kb evaluate}, {@code kb explain} and {@code kb evaluate --audit}.
 * Immutable.
 */
public final class Result {
    private final Case evaluated;
    private final Evaluation evaluation;
    private final RuleBase rules;
    private final List<FactorResult> factors;

    private Result(Case evaluated, Evaluation evaluation, RuleBase rules, List<FactorResult> factors) {
        this.evaluated = evaluated;
        this.evaluation = evaluation;
        this.rules = rules;
        this.factors = factors;
    }

    static Result of(Case c, Evaluation e, RuleBase rules) {
        List<FactorResult> factors = e.factors().stream().map(Result::factor).toList();
        return new Result(c, e, rules, factors);
    }

    private static FactorResult factor(FactorOutcome f) {
        RuleInfo reason = f.reasonRule();
        return new FactorResult(f.factor().getId(), f.factor().getName(), Status.valueOf(f.status().name()), f.reason(),
                reason == null ? null : reason.id(), reason == null ? null : reason.location(),
                f.decidedBy() == null ? null : f.decidedBy().id(),
                f.indicators().stream().filter(FactorOutcome.IndicatorOutcome::satisfied)
                        .map(FactorOutcome.IndicatorOutcome::id).toList());
    }

    /** The case that was evaluated. */
    public Case evaluatedCase() {
        return evaluated;
    }

    /** The six factors, F1 to F6. */
    public List<FactorResult> factors() {
        return factors;
    }

    /** A factor by id ({@code "F4"}); empty when the rules have no such factor. */
    public Optional<FactorResult> factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** How many factors are MET. */
    public int factorsMet() {
        return (int) factors.stream().filter(FactorResult::met).count();
    }

    /**
     * The verdict's id from {@code rules/verdicts.json} ({@code OPTIMAL}, {@code LESS_THAN_OPTIMAL},
     * {@code NOT_OPTIMAL}), or {@code UNDETERMINED} when undetermined factors could still change it.
     */
    public String verdict() {
        return evaluation.verdict().id();
    }

    /** True when the verdict is {@code UNDETERMINED}. */
    public boolean undetermined() {
        return evaluation.verdict().undetermined();
    }

    /**
     * The verdicts the table gives over every way the undetermined factors could come out; the
     * verdict alone when every factor is decided.
     */
    public List<String> possibleVerdicts() {
        return evaluation.verdict().possible().stream().map(VerdictDefinition::getId).toList();
    }

    /**
     * The verdict's label in a language of {@code rules/verdicts.json}: {@code "en"} (not optimal)
     * or {@code "id"} (tidak optimal); empty when undetermined or the label is not given.
     */
    public Optional<String> verdictLabel(String lang) {
        VerdictDefinition d = evaluation.verdict().definition();
        if (d == null || d.getLabel() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (lang) {
            case "en" -> d.getLabel().getEn();
            case "id" -> d.getLabel().getId();
            default -> null;
        });
    }

    /** The ids of the rules that fired, sorted. */
    public List<String> firedRules() {
        return evaluation.firedRules().stream().sorted().toList();
    }

    /** The table {@code kb evaluate} prints. */
    public String table() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ResultTable.print(evaluation, out);
        out.flush();
        return text.toString();
    }

    /** The JSON {@code kb evaluate --format json} prints (factors, verdict, labels, rules). */
    public String json() {
        return write(ResultJson.of(evaluation));
    }

    /**
     * The derivation tree {@code kb explain} prints: verdict, table row, factors, indicators,
     * rules with their {@code file:line}, the facts they matched and their sources.
     */
    public String explain() {
        StringWriter text = new StringWriter();
        TreeText.print(new Explainer(evaluation, rules).verdictTree(), new PrintWriter(text));
        return text.toString();
    }

    /** The same tree as JSON, as {@code kb explain --format json} prints it. */
    public String explainJson() {
        return write(TreeJson.of(new Explainer(evaluation, rules).verdictTree()));
    }

    /**
     * The audit record {@code kb evaluate --audit FILE} writes (versions, every rule file, every
     * fact file, every firing, the derivation, the result, a checksum); {@code kb verify} checks
     * a record of a case read from a folder. A case built in memory has no fact files: its
     * record holds the values it was built from under {@code facts.inMemory} instead.
     */
    public String audit() {
        try {
            ObjectNode record = AuditRecord.of(rules, evaluated.folder().orElse(null), evaluation);
            if (evaluated.folder().isEmpty()) {
                ((ObjectNode) record.path("facts")).set("inMemory", ResultJson.WRITER.valueToTree(evaluated.values()));
                record.put(AuditRecord.CHECKSUM_FIELD, AuditRecord.checksum(record));
            }
            return write(record);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the case's files for the audit record", e);
        }
    }

    private static String write(Object json) {
        try {
            return ResultJson.WRITER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    @Override
    public String toString() {
        return evaluated.id() + ": " + verdict() + " (" + factorsMet() + " of " + factors.size() + " factors met)";
    }
}
