package kb.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.conclusions.FactorStatus;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;

/**
 * What a batch keeps of one evaluation: the case, each factor's status, the verdict (a verdict
 * id or UNDETERMINED) and the possible verdicts. The full evaluation is dropped at once so ten
 * thousand cases fit in a small heap.
 */
public record CaseSummary(Path folder, Map<String, FactorStatus> factors, String verdict,
                          java.util.List<String> possibleVerdicts) {

    public static CaseSummary of(Path folder, Evaluation e) {
        Map<String, FactorStatus> status = new LinkedHashMap<>();
        for (FactorOutcome f : e.factors()) {
            status.put(f.factor().getId(), f.status());
        }
        return new CaseSummary(folder, status, e.verdict().id(),
                e.verdict().possible().stream().map(kb.framework.VerdictDefinition::getId).toList());
    }

    public String caseName() {
        return folder.toString().replace('\\', '/');
    }

    public long factorsMet() {
        return factors.values().stream().filter(s -> s == FactorStatus.MET).count();
    }
}
