package kb.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a case or scenario must give: each factor's result, the verdict, and the rules that
 * must (and must not) fire. Read from {@code expected.json} in a case folder.
 */
public final class Expected {
    private String name;
    private Map<String, Boolean> factors = Map.of();
    private String verdict;
    private List<String> mustFire = List.of();
    private List<String> mustNotFire = List.of();
    /** Free text, e.g. why the study's own judgement and the tool's differ; never compared. */
    private String note;

    /** For Jackson, reading expected.json. */
    private Expected() {
    }

    /** For scenario files, which carry the same expectations beside their facts. */
    public Expected(String name, Map<String, Boolean> factors, String verdict, List<String> mustFire,
                    List<String> mustNotFire) {
        this.name = name;
        this.factors = factors == null ? Map.of() : factors;
        this.verdict = verdict;
        this.mustFire = mustFire == null ? List.of() : mustFire;
        this.mustNotFire = mustNotFire == null ? List.of() : mustNotFire;
    }

    /** A sentence saying what the case shows, e.g. "A partnership stuck at its letter of intent is not optimal". */
    public String getName() {
        return name;
    }

    public Map<String, Boolean> getFactors() {
        return factors;
    }

    public String getVerdict() {
        return verdict;
    }

    public List<String> getMustFire() {
        return mustFire;
    }

    public List<String> getMustNotFire() {
        return mustNotFire;
    }

    public String getNote() {
        return note;
    }
}
