package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A looping rule and a throwing rule, dropped into a copy of rules/: exit 3, a message that
 * names the rules (or the rule id, file:line and the facts it matched), no stack trace, and
 * no result file left behind — the previous one stays as it was.
 */
class RuleGuardsTest {
    private static final String HEADER = "package kb.rules;\n\nimport kb.facts.*;\n\n";

    @TempDir
    Path temp;

    private Path rulesWith(String fileName, String drl) throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve(fileName), HEADER + drl);
        return rules;
    }

    private Path outputFolderWithAnOldResult() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("result.json"), "the previous result\n");
        return out;
    }

    private static void assertNothingWritten(Path out) throws IOException {
        assertThat(Files.readString(out.resolve("result.json"))).isEqualTo("the previous result\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp or partial file").containsExactly("result.json");
        }
    }

    @Test
    void aRuleThatKeepsReTriggeringItselfStopsAtTheFiringLimitAndIsNamed() throws IOException {
        Path rules = rulesWith("zz-loop.drl", """
                rule "Test: a motive is looked at again and again"
                    @id("T.LOOP") @factor("F2") @indicator("I2.1") @ref("test only")
                when
                    $m : Motive()
                then
                    update($m);
                end
                """);
        Path out = outputFolderWithAnOldResult();

        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString(),
                "--max-firings", "500", "--format", "json", "--output", out.resolve("result.json").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULE_FAILURE);
        assertThat(r.err()).containsPattern("rules stopped after \\d+ firings \\(limit 500\\)")
                .contains("\"Test: a motive is looked at again and again\"")
                .contains("--max-firings")
                .doesNotContain("\tat ", "Exception");
        assertThat(r.out()).isEmpty();
        assertNothingWritten(out);
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsFileLineAndTheFactsItMatched() throws IOException {
        Path rules = rulesWith("zz-throw.drl", """
                rule "Test: the MoU signing breaks the rule"
                    @id("T.THROW") @factor("F4") @indicator("I4.1") @ref("test only")
                when
                    $a : Activity( id == "A-2013-08-17-mou-signing" )
                then
                    throw new IllegalStateException("boom on " + $a.getId());
                end
                """);
        Path out = outputFolderWithAnOldResult();

        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString(),
                "--output", out.resolve("result.json").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULE_FAILURE);
        assertThat(r.err()).contains("rule T.THROW \"Test: the MoU signing breaks the rule\"")
                .containsPattern("zz-throw\\.drl:\\d+")
                .contains("failed on facts [A-2013-08-17-mou-signing]")
                .contains("boom on A-2013-08-17-mou-signing")
                .doesNotContain("\tat ");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        assertNothingWritten(out);
    }

    @Test
    void theSameRulesWithoutTheLoopWriteTheResult() throws IOException {
        // The control: the output folder and option work, so the two tests above can fail.
        Path out = outputFolderWithAnOldResult();
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--format", "json",
                "--output", out.resolve("result.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("result.json"))).contains("\"verdict\" : \"NOT_OPTIMAL\"");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.json");
        }
    }
}
