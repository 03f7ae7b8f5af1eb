package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.report.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's worked example, end to end with no rebuild: a copy of rules/ plus
 * examples/f3-dprd-approval.drl is validated, evaluated (indicator I3.3 shows among F3's
 * indicators) and covered by the example scenario.
 */
class DprdApprovalExampleTest {
    private static final Path RULE = Path.of("examples/f3-dprd-approval.drl");
    private static final Path SCENARIO = Path.of("examples/batam-gimje-with-dprd-approval.json");

    @TempDir
    Path temp;

    private static JsonNode factor(JsonNode result, String id) {
        for (JsonNode f : result.get("factors")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no factor " + id + " in " + result);
    }

    private static JsonNode indicator(JsonNode factor, String id) {
        for (JsonNode i : factor.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void theShippedRulesDoNotHaveIt() {
        CliRunner r = CliRunner.run("test", SCENARIO.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).contains("rule F3.3: no rule has this id");
    }

    @Test
    void droppedIntoRulesItIsValidatedEvaluatedAndCovered() throws Exception {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Files.copy(RULE, rules.resolve(RULE.getFileName()));

        CliRunner validate = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(validate.exitCode()).as(validate.err()).isEqualTo(ExitCode.OK);
        int shipped = kb.Shipped.rules().catalogue().all().size();
        assertThat(validate.out()).contains((shipped + 1) + " rules in 10 files, no problems");

        // Batam-Gimje documents no DPRD approval: I3.3 is listed for F3, not satisfied; F3 is still met.
        CliRunner evaluate = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString(), "--format", "json");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCode.OK);
        JsonNode f3 = factor(new ObjectMapper().readTree(evaluate.out()), "F3");
        assertThat(indicator(f3, "I3.3")).as("I3.3 among F3's indicators").isNotNull();
        assertThat(indicator(f3, "I3.3").get("satisfied").asBoolean()).isFalse();
        assertThat(f3.get("met").asBoolean()).isTrue();

        // With the scenario's (hypothetical) approval, the rule fires and I3.3 is satisfied.
        RuleBase withExample = RuleBase.load(rules);
        Evaluation e = new Evaluator(withExample).evaluate(new ScenarioLoader().load(SCENARIO).facts(), false);
        JsonNode json = new ObjectMapper().readTree(ResultJson.WRITER.writeValueAsString(ResultJson.of(e)));
        assertThat(indicator(factor(json, "F3"), "I3.3").get("satisfied").asBoolean()).isTrue();
        assertThat(e.firedRules()).contains("F3.3");
        assertThat(withExample.catalogue().all()).anyMatch(r -> r.id().equals("F3.3")
                && r.location().equals(rules + "/f3-dprd-approval.drl:22"));

        // Coverage: the rule fired in the example scenario; with every shipped scenario, no gap.
        CliRunner test = CliRunner.run("test", "--rules", rules.toString(), "--strict",
                "scenarios", "facts", SCENARIO.toString());
        assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitCode.OK);
        assertThat(test.out()).containsPattern("F3\\.3 +\\S*f3-dprd-approval\\.drl:22 +\\d+\\n")
                .contains("Coverage gaps: none", "PASS  " + SCENARIO);
    }
}
