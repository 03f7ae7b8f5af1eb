package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb test}: scenario results, the summary line, coverage and its gaps, exit codes. */
class TestCommandTest {
    private static final String BATAM = Path.of("facts/batam-gimje").toAbsolutePath().toString();

    @TempDir
    Path temp;

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theShippedScenariosPassWithNoCoverageGap() {
        CliRunner r = CliRunner.run("test", "--coverage", "--strict");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("PASS  facts/batam-gimje/expected.json", "PASS  scenarios/")
                .doesNotContain("FAIL").contains("Rules that never fired: none", "Coverage gaps: none");
        assertThat(lastLine(r.out())).matches("\\d+ passed, 0 failed");
    }

    @Test
    void aFailingScenarioShowsExpectedAndActualPerFactor() throws IOException {
        Path s = temp.resolve("optimal-batam.json");
        Files.writeString(s, """
                {"name": "Batam-Gimje is optimal (wrong on purpose)", "case": "%s",
                 "factors": {"F1": "MET", "F4": "MET"}, "verdict": "OPTIMAL", "justifiedBy": ["F4.M", "F4.X"]}
                """.formatted(BATAM));
        CliRunner r = CliRunner.run("test", s.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).contains("FAIL  " + s, "Batam-Gimje is optimal (wrong on purpose)")
                .containsPattern("expected +MET +- +- +MET +- +- +OPTIMAL")
                .containsPattern("actual +MET +MET +MET +NOT MET\\* +MET +NOT MET +NOT_OPTIMAL\\*")
                .contains("- F4: expected MET, got NOT MET", "- verdict: expected OPTIMAL, got NOT_OPTIMAL",
                        "- rule F4.M: expected to justify a conclusion that holds at the end, it justifies none",
                        "- rule F4.X: no rule has this id");
        assertThat(lastLine(r.out())).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void strictFailsOnAGapEvenWhenEveryScenarioPasses() {
        CliRunner r = CliRunner.run("test", "--strict", "facts/batam-gimje");
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).containsPattern("rules/f4-implementation\\.drl:\\d+: rule F4\\.M \".*\" fired in no scenario")
                .contains("factor F4 is MET in no scenario", "factor F1 is NOT MET in no scenario");
        assertThat(lastLine(r.out())).isEqualTo("1 passed, 0 failed");
        assertThat(CliRunner.run("test", "--coverage", "facts/batam-gimje").exitCode()).as("without --strict")
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void anUnreadableScenarioIsBadInputNamingFileLineAndColumn() throws IOException {
        Path s = temp.resolve("typo.json");
        Files.writeString(s, "{\n  \"name\": \"A typo\",\n  \"case\": \"%s\",\n  \"justifedBy\": []\n}\n".formatted(BATAM));
        CliRunner r = CliRunner.run("test", s.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains(s + ":4:", "unknown field \"justifedBy\"", "justifiedBy").doesNotContain("\tat ");
        assertThat(lastLine(r.out())).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void addedFactsMustBeMarkedHypotheticalAndCiteTheScenariosOwnSource() throws IOException {
        Path s = temp.resolve("documented.json");
        Files.writeString(s, """
                {"name": "A made-up programme passed off as evidence", "case": "%s", "remove": ["no-such-fact"],
                 "add": {"activities": [{"id": "X-2015", "date": "2015", "type": "JOINT_PROGRAMME", "status": "REALISED",
                   "summary": "A programme", "basis": "DOCUMENTED", "sources": ["thesis"]}]}}
                """.formatted(BATAM));
        CliRunner r = CliRunner.run("test", s.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains(s + ": activity \"X-2015\": field \"basis\": a scenario's facts are made up; use HYPOTHETICAL")
                .contains(s + ": activity \"X-2015\": field \"sources\": cite the scenario's own hypothetical source")
                .contains(s + ": field \"remove\": no fact \"no-such-fact\"");
    }

    @Test
    void aMissingPathIsBadInput() {
        CliRunner r = CliRunner.run("test", "scenarios/no-such.json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("scenarios/no-such.json: no such scenario file or folder");
    }
}
