package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    @Test
    void batamGimjeReproducesTheThesisAsJson() throws Exception {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_OPTIMAL");
        Map<String, Boolean> met = new LinkedHashMap<>();
        for (JsonNode f : json.get("factors")) {
            met.put(f.get("id").asText(), f.get("met").asBoolean());
            assertThat(f.get("name").asText()).isNotBlank();
            assertThat(f.get("reason").asText()).isNotBlank();
        }
        assertThat(met).containsExactly(Map.entry("F1", true), Map.entry("F2", true), Map.entry("F3", true),
                Map.entry("F4", false), Map.entry("F5", true), Map.entry("F6", false));
    }

    @Test
    void theTableShowsEachFactorAndTheIndonesianVerdict() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("F4", "Implementation", "NOT MET", "F1", "MET")
                .contains("Verdict: NOT_OPTIMAL (tidak optimal)");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+F[1-6]\\s.*"))).hasSize(6);
    }

    @Test
    void anUnknownFormatIsABadOption() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("allowed: text, json");
    }
}
