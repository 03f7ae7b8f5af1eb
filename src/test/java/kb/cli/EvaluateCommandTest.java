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
        assertThat(json.get("possibleVerdicts")).extracting(JsonNode::asText).containsExactly("NOT_OPTIMAL");
        Map<String, String> status = new LinkedHashMap<>();
        for (JsonNode f : json.get("factors")) {
            status.put(f.get("id").asText(), f.get("status").asText());
            // "met" stays for tools that read it: true only for MET.
            assertThat(f.get("met").asBoolean()).isEqualTo(f.get("status").asText().equals("MET"));
            assertThat(f.get("name").asText()).isNotBlank();
            assertThat(f.get("reason").asText()).isNotBlank();
        }
        assertThat(status).containsExactly(Map.entry("F1", "MET"), Map.entry("F2", "MET"), Map.entry("F3", "MET"),
                Map.entry("F4", "NOT_MET"), Map.entry("F5", "MET"), Map.entry("F6", "NOT_MET"));
    }

    @Test
    void theTableShowsEachFactorAndTheIndonesianVerdict() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Verdict: NOT_OPTIMAL (tidak optimal)");
        // Each factor's own row, read up to its result column: "NOT MET" never passes for "MET".
        Map<String, String> result = new LinkedHashMap<>();
        r.out().lines().map(l -> l.strip()).filter(l -> l.matches("F[1-6]\\s.*")).forEach(l -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(F[1-6])\\s.*?\\s{2,}(MET|NOT MET|UNDETERMINED)\\s{2,}.*")
                    .matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            result.put(m.group(1), m.group(2));
        });
        assertThat(result).containsExactly(Map.entry("F1", "MET"), Map.entry("F2", "MET"), Map.entry("F3", "MET"),
                Map.entry("F4", "NOT MET"), Map.entry("F5", "MET"), Map.entry("F6", "NOT MET"));
    }

    @Test
    void anUnknownFormatIsABadOption() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("allowed: text, json");
    }
}
