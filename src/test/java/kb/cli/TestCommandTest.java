package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;
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

    private Path failingScenario() throws IOException {
        Path s = temp.resolve("optimal-batam.json");
        Files.writeString(s, """
                {"name": "Batam-Gimje is optimal (wrong on purpose) & <so> it fails", "case": "%s",
                 "factors": {"F4": "MET"}, "verdict": "OPTIMAL"}
                """.formatted(BATAM));
        return s;
    }

    @Test
    void quietPrintsOnlyTheFailuresAndTheSummary() throws IOException {
        Path failing = failingScenario();
        CliRunner r = CliRunner.run("test", "--quiet", failing.toString(), "facts/batam-gimje");
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).contains("FAIL  " + failing).doesNotContain("PASS");
        assertThat(lastLine(r.out())).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void nameKeepsTheScenariosWhoseFileIdOrSentenceContainsIt() throws IOException {
        Path failing = failingScenario();
        CliRunner r = CliRunner.run("test", "--name", "BATAM-GIMJE/EXPECTED", failing.toString(), "facts/batam-gimje");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(lastLine(r.out())).isEqualTo("1 passed, 0 failed");
        CliRunner none = CliRunner.run("test", "--name", "no scenario is called this", "facts/batam-gimje");
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err().strip()).isEqualTo("--name no scenario is called this: no scenario's file, id or sentence contains it");
    }

    @Test
    void junitXmlHoldsOneTestcasePerScenarioWithTheFailures() throws IOException, ParserConfigurationException, SAXException {
        Path failing = failingScenario();
        Path xml = temp.resolve("report/kb-tests.xml");
        Files.createDirectories(xml.getParent());
        CliRunner r = CliRunner.run("test", "--junit-xml", xml.toString(), failing.toString(), "facts/batam-gimje");
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        String report = Files.readString(xml);
        assertThat(report).startsWith("<?xml").contains("<testsuite name=\"kb scenarios\" tests=\"2\" failures=\"1\" errors=\"0\"")
                .contains("name=\"Batam-Gimje is optimal (wrong on purpose) &amp; &lt;so&gt; it fails\"")
                .contains("<failure message=\"F4: expected MET, got NOT MET")
                .contains("classname=\"facts/batam-gimje/expected.json\"");
        // Well-formed: a standard parser reads it.
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(xml.toFile()).getElementsByTagName("testcase").getLength()).isEqualTo(2);
    }
}
