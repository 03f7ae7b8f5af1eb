package kb.report.html;

import java.util.List;
import kb.engine.RuleInfo;
import kb.explain.Node;
import kb.facts.CaseFacts;
import kb.framework.FactorDefinition;

/**
 * Everything the HTML report shows of one evaluation, in the report's own terms. Only
 * {@link EvaluationAdapter} makes it, so a change of the evaluation model is one change there.
 *
 * @param verdict          the verdict's id ({@code NOT_OPTIMAL} ...), or null when no table row matched
 * @param undetermined     how many factors are undetermined; null while the model has no such result
 * @param possibleVerdicts verdicts still possible while factors are undetermined; empty when the model has none
 * @param whatIf           "what it would take" lines; empty until the model has them
 */
public record ReportInput(CaseFacts facts, String verdict, RuleInfo verdictRow, List<Factor> factors, long met,
                          Integer undetermined, List<String> possibleVerdicts, List<String> whatIf) {

    /**
     * One factor: its definition, its result ({@code MET}, {@code NOT_MET} or {@code UNDETERMINED},
     * the keys of labels.json's {@code results}), the deciding rule (null if none) and its derivation tree.
     */
    public record Factor(FactorDefinition definition, String status, RuleInfo decidedBy, Node derivation) {
    }
}
