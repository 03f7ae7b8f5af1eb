package kb.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;

/**
 * What a batch keeps of one evaluation: the case, each factor met or not, the verdict.
 * The full evaluation is dropped at once so ten thousand cases fit in a small heap.
 */
public record CaseSummary(Path folder, Map<String, Boolean> factors, String verdict) {

    public static CaseSummary of(Path folder, Evaluation e) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        for (FactorOutcome f : e.factors()) {
            met.put(f.factor().getId(), f.met());
        }
        return new CaseSummary(folder, met, e.verdict() == null ? "NONE" : e.verdict().getCapacity().name());
    }

    public String caseName() {
        return folder.toString().replace('\\', '/');
    }

    public long factorsMet() {
        return factors.values().stream().filter(Boolean::booleanValue).count();
    }
}
