package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.ExitCode;
import kb.report.Diagnostics;
import org.junit.jupiter.api.Test;

/** Usage errors, versions and message shapes: what scripts and editors rely on, for every command. */
class CliConventionsTest {

    private static void oneLineUsageError(CliRunner r) {
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("Usage:", "\tat ", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void kbAloneSaysWhatToTypeInAFewLinesAndExits2() {
        CliRunner r = CliRunner.run();
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(3);
        assertThat(r.err()).contains("evaluate", "try 'kb --help'");
    }

    @Test
    void explainTakesTextOrJsonOnly() {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--format", "csv");
        oneLineUsageError(r);
        assertThat(r.err()).contains("'csv' is not a format of this command; allowed: text, json", "try 'kb explain --help'");
    }

    @Test
    void aMissingRulesFolderIsBadInputLikeAMissingCaseFolder() {
        CliRunner r = CliRunner.run("evaluate", "--rules", "/nonexistent", "facts/batam-gimje");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("/nonexistent: error: no such rules folder (expected a folder holding the"
                + " .drl files, factors.json and parameters.json; name it with --rules DIR)");
        for (String command : new String[] {"validate", "test"}) {
            assertThat(CliRunner.run(command, "--rules", "/nonexistent").exitCode()).as(command).isEqualTo(ExitCode.BAD_INPUT);
        }
    }

    @Test
    void aMisspeltOptionGetsASuggestion() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--formt", "json");
        oneLineUsageError(r);
        assertThat(r.err()).contains("Unknown option: '--formt'", "did you mean --format?", "try 'kb evaluate --help'");
    }

    @Test
    void aBadOptionValueIsOneLineWithoutTheUsage() {
        oneLineUsageError(CliRunner.run("evaluate", "facts/batam-gimje", "--max-firings", "many"));
        oneLineUsageError(CliRunner.run("evaluate"));
        oneLineUsageError(CliRunner.run("frobnicate"));
    }

    @Test
    void theVersionIsThePomsAndDroolsIsNamed() throws IOException {
        Matcher m = Pattern.compile("<artifactId>paradiplomacy-kb</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        CliRunner r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("kb " + m.group(1) + " (Drools 10.");
    }

    @Test
    void problemsArePrintedAsCompilersPrintThem() {
        assertThat(Diagnostics.error("case/a.json:3:14: activity \"A\": field \"x\" is required"))
                .isEqualTo("case/a.json:3:14: error: activity \"A\": field \"x\" is required");
        assertThat(Diagnostics.error("rules/f1.drl:7: no @id")).isEqualTo("rules/f1.drl:7: error: no @id");
        assertThat(Diagnostics.error("case/sources.json: missing")).isEqualTo("case/sources.json: error: missing");
        assertThat(Diagnostics.error("case/a.json:3:14: error: once")).isEqualTo("case/a.json:3:14: error: once");
        // A path with spaces (a case folder "my cases", a file named "outcomes.json ") is still the location.
        assertThat(Diagnostics.error("my cases/c/a.json:3:14: field \"x\" is required"))
                .isEqualTo("my cases/c/a.json:3:14: error: field \"x\" is required");
        assertThat(Diagnostics.error("case/outcomes.json : not read")).isEqualTo("case/outcomes.json : error: not read");
        // A message without a location is not mistaken for one.
        assertThat(Diagnostics.error("rules stopped: a rule loops")).isEqualTo("error: rules stopped: a rule loops");
    }
}
