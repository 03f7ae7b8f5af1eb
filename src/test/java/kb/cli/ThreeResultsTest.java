package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MET, NOT MET or UNDETERMINED, on copies of Batam-Gimje: NOT MET rests on the recorded
 * absences, a factor nothing bears on is UNDETERMINED, and the verdict is the set of verdicts
 * the table gives over every way the undetermined factors could come out.
 */
class ThreeResultsTest {
    @TempDir
    Path temp;

    private static JsonNode evaluate(Path folder) throws Exception {
        CliRunner r = CliRunner.run("evaluate", folder.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static Map<String, String> statuses(JsonNode json) {
        Map<String, String> m = new LinkedHashMap<>();
        json.get("factors").forEach(f -> m.put(f.get("id").asText(), f.get("status").asText()));
        return m;
    }

    private Path copyWithout(String... files) throws Exception {
        Path copy = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("batam-gimje"));
        for (String f : files) {
            Files.delete(copy.resolve(f));
        }
        return copy;
    }

    @Test
    void batamGimjeIsNotOptimalBecauseItsRecordedAbsencesSaySo() throws Exception {
        JsonNode json = evaluate(Path.of("facts/batam-gimje"));
        assertThat(statuses(json)).containsExactly(Map.entry("F1", "MET"), Map.entry("F2", "MET"), Map.entry("F3", "MET"),
                Map.entry("F4", "NOT_MET"), Map.entry("F5", "MET"), Map.entry("F6", "NOT_MET"));
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_OPTIMAL");
        // F4 and F6 are NOT MET by the rules that read the absences, not by default.
        for (JsonNode f : json.get("factors")) {
            if (f.get("status").asText().equals("NOT_MET")) {
                assertThat(f.get("rule").get("id").asText()).isIn("F4.B", "F6.B");
                assertThat(f.get("decidedBy").get("id").asText()).isEqualTo("D.NOT_MET");
            }
        }
    }

    @Test
    void withoutTheCentralGovernmentFactsF5IsUndeterminedAndTheVerdictStillNotOptimal() throws Exception {
        JsonNode json = evaluate(copyWithout("central-government.json"));
        assertThat(statuses(json)).containsEntry("F5", "UNDETERMINED").containsEntry("F4", "NOT_MET")
                .containsEntry("F6", "NOT_MET");
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_OPTIMAL");
        assertThat(json.get("possibleVerdicts")).extracting(JsonNode::asText).containsExactly("NOT_OPTIMAL");
        for (JsonNode f : json.get("factors")) {
            assertThat(f.get("met").asBoolean()).isEqualTo(f.get("status").asText().equals("MET"));
        }
    }

    @Test
    void withoutTheRecordedAbsencesF4AndF6AreUndeterminedAndEveryVerdictIsPossible() throws Exception {
        JsonNode json = evaluate(copyWithout("absences.json"));
        assertThat(statuses(json)).containsEntry("F4", "UNDETERMINED").containsEntry("F6", "UNDETERMINED")
                .containsEntry("F1", "MET").containsEntry("F5", "MET");
        assertThat(json.get("verdict").asText()).isEqualTo("UNDETERMINED");
        assertThat(json.get("possibleVerdicts")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("OPTIMAL", "LESS_THAN_OPTIMAL", "NOT_OPTIMAL");
        assertThat(json.get("verdictIfUndeterminedFactors")).hasSize(4);
    }

    @Test
    void theTableAndExplainShowTheThirdValueAndWhatWouldDecideIt() throws Exception {
        Path copy = copyWithout("absences.json");
        CliRunner table = CliRunner.run("evaluate", copy.toString());
        assertThat(table.out()).containsPattern("F4 +Implementation +UNDETERMINED +D.UNDETERMINED")
                .contains("Verdict: UNDETERMINED (possible: OPTIMAL (optimal), LESS_THAN_OPTIMAL (kurang optimal),"
                        + " NOT_OPTIMAL (tidak optimal))");
        CliRunner explain = CliRunner.run("explain", copy.toString(), "--factor", "F4");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("F4 Implementation (penerapan paradiplomasi): UNDETERMINED")
                .contains("nothing in the case bears on F4; it would be decided by evidence for one of these rules")
                .contains("MET when F4.M", "NOT MET (if not met) when F4.B", "record it in absences.json");
    }

    @Test
    void explainShowsTheClosedWorldAssumptionBehindANotMet() {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F6");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("F6 Consequences (konsekuensi kerja sama): NOT MET")
                .contains("decided by D.NOT_MET", "not met: evidence bears on it, F6.B")
                .contains("absence AB-no-results-2013-2018")
                .contains("closed world: the sources for 2013-2018 were searched for I6.1 and nothing was found");
    }
}
