package kb.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import kb.conclusions.FactorStatus;
import kb.facts.Partnership;

/**
 * A scenario as an analyst writes it in JSON: a sentence as its name; the facts (a base case
 * folder with facts removed and added, or an inline partnership with its facts); and the
 * same expectations as a case's {@code expected.json}. Read strictly: a misspelt field fails.
 */
final class ScenarioFile {
    @JsonProperty("$schema")
    private String schema;
    private String name;
    private String description;
    /** A case folder, relative to the scenario file's folder. */
    @JsonProperty("case")
    private String caseFolder;
    /** Instead of {@code case}: the partnership of a made-up case, written inline. */
    private Partnership partnership;
    /** Ids of base-case facts left out of this scenario. */
    private List<String> remove = List.of();
    private Additions add = new Additions();
    private Map<String, FactorStatus> factors = Map.of();
    private String verdict;
    private List<String> possibleVerdicts;
    private List<String> justifiedBy = List.of();

    String name() {
        return name;
    }

    String caseFolder() {
        return caseFolder;
    }

    Partnership partnership() {
        return partnership;
    }

    List<String> remove() {
        return remove == null ? List.of() : remove;
    }

    Additions add() {
        return add == null ? new Additions() : add;
    }

    Expected expected() {
        return new Expected(name, factors, verdict, possibleVerdicts, justifiedBy);
    }
}
