package kb.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import kb.conclusions.FactorStatus;

/**
 * What the published study of a real case concluded, in its own terms: the source it is (an id of the
 * case's sources.json), its verdict in its own words, and the factors it judged. The expected file's
 * {@code factors} are what the tool must give; where they differ from the study's, the expected file's
 * {@code note} says why (issue 14: the study's judgement and the tool's answer are both kept).
 */
public record StudyJudgement(String source, String verdict, Map<String, FactorStatus> factors) {
    public StudyJudgement {
        factors = Collections.unmodifiableMap(new TreeMap<>(factors == null ? Map.of() : factors));
    }
}
