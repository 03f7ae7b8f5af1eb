package kb.scenario;

import java.util.List;
import java.util.Map;
import kb.conclusions.FactorStatus;

/**
 * What a case or scenario must give: outcomes, not the agenda. Each listed factor's status
 * (MET, NOT_MET or UNDETERMINED), the verdict (a verdict id or UNDETERMINED), optionally the
 * set of possible verdicts, and optionally rules that must justify a conclusion still holding at
 * the end (read from truth maintenance). Read from {@code expected.json} in a case folder.
 */
public final class Expected {
    private String name;
    /** Free text, e.g. why the study's own judgement and the tool's differ; never compared. */
    private String note;
    private Map<String, FactorStatus> factors = Map.of();
    private String verdict;
    private List<String> possibleVerdicts;
    private List<String> justifiedBy = List.of();
    /** Only in a real case's expected.json: what its study concluded (never compared by kb test). */
    private StudyJudgement study;

    /** For Jackson, reading expected.json. */
    private Expected() {
    }

    /** For scenario files, which carry the same expectations beside their facts. */
    public Expected(String name, Map<String, FactorStatus> factors, String verdict, List<String> possibleVerdicts,
                    List<String> justifiedBy) {
        this.name = name;
        this.factors = factors == null ? Map.of() : factors;
        this.verdict = verdict;
        this.possibleVerdicts = possibleVerdicts;
        this.justifiedBy = justifiedBy == null ? List.of() : justifiedBy;
    }

    /** A sentence saying what the case shows, e.g. "A partnership stuck at its letter of intent is not optimal". */
    public String getName() {
        return name;
    }

    /** Free text for the reader of the file. */
    public String getNote() {
        return note;
    }

    public Map<String, FactorStatus> getFactors() {
        return factors == null ? Map.of() : factors;
    }

    public String getVerdict() {
        return verdict;
    }

    /** The verdicts the undetermined factors leave possible, in any order; null when not asserted. */
    public List<String> getPossibleVerdicts() {
        return possibleVerdicts;
    }

    /** What the case's published study concluded, or null (made-up cases and scenario files). */
    public StudyJudgement getStudy() {
        return study;
    }

    /** Rule ids, each of which must justify some conclusion that holds at the end of the run. */
    public List<String> getJustifiedBy() {
        return justifiedBy == null ? List.of() : justifiedBy;
    }
}
