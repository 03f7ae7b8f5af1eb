package kb.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import kb.facts.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each parameter declares its type; a value its type does not allow stops every command with
 * the place in parameters.json and what is allowed, exit 1, never a verdict from a value read
 * as something else (0.5 used to be read as a count of 0, so F4 was met with nothing counted).
 */
class TypedParametersTest {
    private static final String COUNT = "{\"id\": \"min-realised-activities\", \"type\": \"count\", \"number\": 1,";

    @TempDir
    Path temp;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("0.5", "field \"number\": wrong type: expected a whole number, found a number 0.5"),
                Arguments.of("-5", "field \"number\": -5 is too small; the least allowed is 0"),
                Arguments.of("\"1\"", "field \"number\": wrong type: expected a number, found text in quotes \"1\""));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aCountThatIsNotAWholeNumberOfZeroOrMoreStopsEveryCommand(String value, String message) {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("parameters.json"), COUNT, COUNT.replace("\"number\": 1,", "\"number\": " + value + ","));
        String expected = rules + "/parameters.json:5:" ;
        for (String[] command : commands(rules)) {
            CliRunner r = CliRunner.run(command);
            assertThat(r.exitCode()).as(String.join(" ", command) + "\n" + r.err()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
            assertThat(r.out()).as(command[0]).doesNotContain("Verdict:").doesNotContain("passed");
            assertThat(r.err() + r.out()).as(command[0]).contains(expected)
                    .contains("parameter \"min-realised-activities\": " + message).doesNotContain("Exception");
        }
    }

    @Test
    void aMisspeltValueInAListOfActivityTypesNamesTheAllowedOnes() {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("parameters.json"), "\"EXCHANGE\", \"TRAINING\"", "\"EXCHANGE\", \"TRAINNG\"");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).containsPattern(rules + "/parameters\\.json:8:\\d+: error: parameter \"joint-activity-types\": field"
                        + " \"names\\[2\\]\": \"TRAINNG\" is not allowed; allowed: ")
                .contains(String.join(", ", Stream.of(Activity.Type.values()).map(Enum::name).toList()));
    }

    @Test
    void aParameterWithoutATypeIsRefused() {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("parameters.json"), "\"type\": \"count\", ", "");
        CliRunner r = CliRunner.run("evaluate", Shipped.BATAM_GIMJE.toString(), "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/parameters.json:5:5: error: parameter \"min-realised-activities\": field \"type\" is required");
    }

    @Test
    void theShippedParametersDeclareTheirTypes() {
        Parameters p = Shipped.rules().framework().parameters();
        assertThat(p.get("min-realised-activities").getType()).isEqualTo("count");
        assertThat(p.get("joint-activity-types").getType()).isEqualTo("list");
        assertThat(p.get("joint-activity-types").getOf()).isEqualTo("activity-type");
        assertThat(p.number("min-realised-activities")).isEqualTo(1.0);
    }

    private static String[][] commands(Path rules) {
        String r = rules.toString();
        String c = Shipped.BATAM_GIMJE.toString();
        return new String[][] {
            {"evaluate", c, "--rules", r},
            {"explain", c, "--rules", r},
            {"validate", "--rules", r},
            {"test", "--rules", r},
            {"watch", c, "--rules", r, "--max-runs", "1"},
        };
    }
}
