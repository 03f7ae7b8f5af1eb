package kb.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb validate}: build errors and hygiene problems as path:line: message, exit 1; clean rules exit 0. */
class ValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void theShippedRulesAreClean() {
        CliRunner r = CliRunner.run("validate");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("rules: \\d+ rules in 8 files, no problems");
    }

    @Test
    void aRuleWithoutMetadataIsNamedByFileAndLine() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("f3-extra.drl"), """
                package kb.rules;
                import kb.facts.*;
                import kb.conclusions.*;

                rule "A rule someone forgot to describe"
                when
                    LegalInstrument( kind == LegalInstrument.Kind.AGREEMENT )
                then
                    insertLogical( new IndicatorSatisfied("F3", "I3.9") );
                end
                """);
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        String at = rules + "/f3-extra.drl:5: error: rule \"A rule someone forgot to describe\": ";
        assertThat(r.err()).contains(at + "no @id", at + "no @factor", at + "no @indicator", at + "no @ref")
                .contains("4 problems in " + rules).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDuplicateIdAndAnUnknownFactorAreProblems() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("f2-motives.drl"), "@id(\"F2.2\") @factor(\"F2\")", "@id(\"F2.1\") @factor(\"F7\")");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).containsPattern("f2-motives\\.drl:\\d+: error: rule \"The foreign partner has a documented motive\": "
                + "@id\\(\"F2.1\"\\) is already used by \"The local government has a documented motive\"")
                .contains("@factor(\"F7\") is not a factor; allowed: F1, F2, F3, F4, F5, F6, ALL (verdict rules)");
    }

    @Test
    void syntaxErrorsInTwoFilesAreAllReportedInOnePass() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("f2-motives.drl"), "rule \"The local government", "rulez \"The local government");
        TestFolders.edit(rules.resolve("f5-central-government.drl"), "salience 20\nwhen", "salience 20\nwhen (");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).containsPattern(rules + "/f2-motives\\.drl:\\d+: ")
                .containsPattern(rules + "/f5-central-government\\.drl:\\d+: ").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEmptyVerdictCellIsFoundOnItsRow() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("verdict.drl.csv"), "4,5,false,\"NOT_OPTIMAL, tidak optimal\"", "4,5,false,");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/verdict.drl.csv:12: error: row \"Four or five factors are met but not implementation:"
                        + " the capacity is not optimal\": the \"Verdict, Indonesian label\" cell (column I) is empty")
                .contains(rules + "/verdict.drl.csv:12: error: row V.4 (line 12) matches when 4 of 6 factors are met and F4 is not met"
                        + " but gives no verdict");
    }

    @Test
    void aGapAndAnOverlapInTheVerdictTableAreFound() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Path table = rules.resolve("verdict.drl.csv");
        // V.5 now covers 0-2 (3 met has no row) and V.2 now also takes 5 met (overlapping V.3 and V.4).
        TestFolders.edit(table, "Verdict table, kuznetsov-framework.md\",0,3,,", "Verdict table, kuznetsov-framework.md\",0,2,,");
        TestFolders.edit(table, "Verdict table, kuznetsov-framework.md\",6,6,,", "Verdict table, kuznetsov-framework.md\",5,6,,");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err())
                .contains(rules + "/verdict.drl.csv:10: error: no row gives a verdict when 3 of 6 factors are met and F4 is met")
                .contains(rules + "/verdict.drl.csv:10: error: no row gives a verdict when 3 of 6 factors are met and F4 is not met")
                .contains("rows [V.2 (line 10), V.3 (line 11)] all match when 5 of 6 factors are met and F4 is met")
                .contains("rows [V.2 (line 10), V.4 (line 12)] all match when 5 of 6 factors are met and F4 is not met");
    }
}
