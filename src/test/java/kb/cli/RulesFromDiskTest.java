package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts change rules on disk and see the change with no build; broken rules never run. */
class RulesFromDiskTest {
    @TempDir
    Path temp;

    private Path copyOfRules() throws IOException {
        return TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
    }

    @Test
    void editingTheFourOrFiveRowOfTheVerdictTableChangesAVerdict() throws IOException {
        String blocked = "facts/hypothetical-central-government-blocks";
        assertThat(CliRunner.run("evaluate", blocked, "--format", "json").out()).contains("\"LESS_THAN_OPTIMAL\"");

        Path rules = copyOfRules();
        Path table = rules.resolve("verdict.drl.csv");
        String edited = Files.readString(table).replace("true,LESS_THAN_OPTIMAL", "true,OPTIMAL");
        assertThat(edited).isNotEqualTo(Files.readString(table));
        Files.writeString(table, edited);

        CliRunner r = CliRunner.run("evaluate", blocked, "--format", "json", "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"verdict\" : \"OPTIMAL\"");
    }

    @Test
    void aSyntaxErrorIsReportedAsFileAndLineAndNothingRuns() throws IOException {
        Path rules = copyOfRules();
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4).replace("rule \"A visit or a meeting", "rulez \"A visit or a meeting"));

        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).containsPattern("f4-implementation\\.drl:\\d+: ");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).as("no result from stale or partial rules").isEmpty();
    }

    @Test
    void everyBrokenFileIsReportedInOnePass() throws IOException {
        Path rules = copyOfRules();
        for (String name : new String[] {"f1-beginning.drl", "f6-consequences.drl"}) {
            Path f = rules.resolve(name);
            Files.writeString(f, Files.readString(f).replaceFirst("then", "then oops("));
        }
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains("f1-beginning.drl:").contains("f6-consequences.drl:");
    }

    @Test
    void changingAThresholdNeedsNoBuild() throws IOException {
        Path rules = copyOfRules();
        Path params = rules.resolve("parameters.json");
        Files.writeString(params, Files.readString(params).replace("\"number\": 1,", "\"number\": 3,"));
        CliRunner r = CliRunner.run("evaluate", "facts/hypothetical-central-government-blocks", "--format", "json",
                "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // Two realised joint activities no longer reach the minimum of three: F4 flips, so does the verdict.
        assertThat(r.out()).contains("\"verdict\" : \"NOT_OPTIMAL\"");
    }
}
