package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are only read: the case folder and the rules folder hash the same after any run, good or bad. */
class InputsUntouchedTest {
    @TempDir
    Path temp;

    @Test
    void successfulRunsLeaveTheShippedFactsAndRulesAsTheyWere() {
        Map<String, String> facts = TestFolders.fingerprint(Path.of("facts"));
        Map<String, String> rules = TestFolders.fingerprint(Path.of("rules"));

        assertThat(CliRunner.run("evaluate", "facts/batam-gimje").exitCode()).isZero();
        assertThat(CliRunner.run("evaluate", "facts/batam-gimje", "--format", "json",
                "--output", temp.resolve("result.json").toString()).exitCode()).isZero();

        assertThat(TestFolders.fingerprint(Path.of("facts"))).isEqualTo(facts);
        assertThat(TestFolders.fingerprint(Path.of("rules"))).isEqualTo(rules);
    }

    @Test
    void failingRunsLeaveTheirInputsAsTheyWere() throws IOException {
        Path badCase = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("bad-case"));
        TestFolders.editFirst(badCase.resolve("activities.json"), "\"MEETING\"", "\"PARTY\"");
        TestFolders.editFirst(badCase.resolve("motives.json"), "\"side\"", "\"sid\"");
        Files.writeString(badCase.resolve("outcomes.json"), "{\"outcomes\": [");
        Path loopingRules = TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(loopingRules.resolve("zz-loop.drl"), """
                package kb.rules;
                import kb.facts.*;
                rule "Test: loops" @id("T.LOOP") @factor("F2") @indicator("I2.1") @ref("test only")
                when $m : Motive() then update($m); end
                """);
        Map<String, String> caseBefore = TestFolders.fingerprint(badCase);
        Map<String, String> rulesBefore = TestFolders.fingerprint(loopingRules);
        Map<String, String> shippedBefore = TestFolders.fingerprint(Path.of("facts/batam-gimje"));

        assertThat(CliRunner.run("evaluate", badCase.toString(), "--output", temp.resolve("r1.json").toString())
                .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRunner.run("evaluate", "facts/batam-gimje", "--rules", loopingRules.toString(),
                "--max-firings", "200", "--output", temp.resolve("r2.json").toString()).exitCode())
                .isEqualTo(ExitCode.RULE_FAILURE);

        assertThat(TestFolders.fingerprint(badCase)).as("the bad case, byte for byte, no file added").isEqualTo(caseBefore);
        assertThat(TestFolders.fingerprint(loopingRules)).isEqualTo(rulesBefore);
        assertThat(TestFolders.fingerprint(Path.of("facts/batam-gimje"))).isEqualTo(shippedBefore);
        assertThat(temp.resolve("r1.json")).doesNotExist();
        assertThat(temp.resolve("r2.json")).doesNotExist();
    }
}
