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
        assertThat(r.out()).containsPattern("rules: \\d+ rules in 9 files, no problems");
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
        TestFolders.edit(rules.resolve("f5-central-government.drl"), "Stance.NEUTRAL )\nthen", "Stance.NEUTRAL ) (\nthen");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).containsPattern(rules + "/f2-motives\\.drl:\\d+: ")
                .containsPattern(rules + "/f5-central-government\\.drl:\\d+: ").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anEmptyVerdictCellIsFoundOnItsRow() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("verdict.drl.csv"), "4,5,false,NOT_OPTIMAL", "4,5,false,");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/verdict.drl.csv:12: error: row \"Four or five factors are met but not implementation:"
                        + " the capacity is not optimal\": the \"Verdict (an id of verdicts.json)\" cell (column I) is empty")
                // A row without its verdict gives no verdict at all: the combinations it covered are gaps.
                .contains(rules + "/verdict.drl.csv:10: error: no row gives a verdict when 5 of 6 factors are met,"
                        + " e.g. F1, F2, F3, F5, F6 met and F4 not met; every combination needs exactly one row");
    }

    @Test
    void aGapAndAnOverlapInTheVerdictTableAreFound() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Path table = rules.resolve("verdict.drl.csv");
        // V.5 now covers 0-2 (3 met has no row) and V.2 now also takes 5 met (overlapping V.3 and V.4).
        TestFolders.edit(table, "Verdict table, docs/framework.md\",0,3,,", "Verdict table, docs/framework.md\",0,2,,");
        TestFolders.edit(table, "Verdict table, docs/framework.md\",6,6,,", "Verdict table, docs/framework.md\",5,6,,");
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err())
                .contains(rules + "/verdict.drl.csv:10: error: no row gives a verdict when 3 of 6 factors are met, e.g. F1, F2, F3"
                        + " met and F4, F5, F6 not met (20 such combinations)")
                .contains(rules + "/verdict.drl.csv:11: error: rows V.2 (line 10) and V.3 (line 11) all give a verdict when F1, F2,"
                        + " F3, F4, F5 met and F6 not met (5 such combinations)")
                .contains(rules + "/verdict.drl.csv:12: error: rows V.2 (line 10) and V.4 (line 12) all give a verdict when F1, F2,"
                        + " F3, F5, F6 met and F4 not met");
        // Checked whenever the rules are built, not only by validate: evaluate refuses the table too.
        CliRunner evaluate = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(evaluate.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(evaluate.err()).contains("no row gives a verdict when 3 of 6 factors are met");
        assertThat(evaluate.out()).isEmpty();
    }

    @Test
    void aRowNamingAVerdictVerdictsJsonDoesNotDefineIsAnError() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("verdict.drl.csv"), "4,5,false,NOT_OPTIMAL", "4,5,false,NOT OPTIMAL");
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/verdict.drl.csv:12: error: row V.4 (line 12) gives \"NOT OPTIMAL\", which is not a"
                + " verdict of verdicts.json; allowed: OPTIMAL, LESS_THAN_OPTIMAL, NOT_OPTIMAL");
    }

    @Test
    void aRuleDecidingAFactorBesideTheDecideRulesIsNamedWithItsLine() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve("f3-not-met.drl"), """
                package kb.rules;
                import kb.facts.*;
                import kb.conclusions.*;

                rule "Legal basis is not met without a DPRD approval"
                    @id("F3.X") @factor("F3") @indicator("I3.1") @ref("an analyst's edit")
                when
                    LegalInstrument( kind == LegalInstrument.Kind.MEMORANDUM_OF_UNDERSTANDING )
                then
                    insertLogical( new FactorResult("F3", FactorStatus.NOT_MET) );
                end
                """);
        CliRunner evaluate = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(evaluate.exitCode()).isEqualTo(ExitCode.RULE_FAILURE);
        assertThat(evaluate.err()).containsPattern("factor F3 is decided more than once: MET by D.MET \\(" + rules
                + "/decide.drl:\\d+\\); NOT MET by F3.X \\(" + rules + "/f3-not-met.drl:5\\)");
        assertThat(evaluate.out()).isEmpty();
        CliRunner validate = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(validate.err()).contains("factor F3 is decided more than once", rules + "/f3-not-met.drl:5");
    }
}
