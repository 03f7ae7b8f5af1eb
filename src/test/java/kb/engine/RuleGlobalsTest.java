package kb.engine;

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

/**
 * Rules read parameters and the period through globals; a misspelt parameter, a parameter read
 * as the wrong kind, a parameter used as a fact, or a global the tool does not fill is a
 * build error at its line, never a rule that silently stops matching.
 */
class RuleGlobalsTest {
    @TempDir
    Path temp;

    private static final String READ = "parameters.names(\"joint-activity-types\")";

    @Test
    void aMisspeltParameterIsABuildErrorAtItsLine() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Path f4 = rules.resolve("f4-implementation.drl");
        int line = lineOf(f4, READ);
        TestFolders.editFirst(f4, READ, "parameters.names(\"joint-activity-typos\")");

        assertThat(validationErrors(rules)).contains(rules + "/f4-implementation.drl:" + line + ": error: no parameter \"joint-activity-typos\""
                + " in parameters.json; known: min-realised-activities, joint-activity-types, pre-agreement-contact-types");
    }

    @Test
    void aNumberReadAsAListIsABuildErrorThatSaysHowToReadIt() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.editFirst(rules.resolve("f4-implementation.drl"), READ, "parameters.names(\"min-realised-activities\")");

        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("parameter \"min-realised-activities\" is a number; "
                + "read it with parameters.number(\"min-realised-activities\")").doesNotContain("Exception");
    }

    @Test
    void aParameterWrittenAsAFactPatternIsABuildError() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.editFirst(rules.resolve("f6-consequences.drl"), "    $result : Qualifies( indicator == \"I6.1\" )",
                "    kb.framework.Parameter( id == \"min-realised-activities\" )\n    $result : Qualifies( indicator == \"I6.1\" )");

        assertThat(validationErrors(rules)).containsPattern("f6-consequences\\.drl:\\d+: error: parameters are not facts; read one in a condition"
                + " with parameters\\.number\\(\"id\"\\) or parameters\\.names\\(\"id\"\\)");
    }

    @Test
    void aGlobalTheToolDoesNotFillIsABuildErrorAtItsDeclaration() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Path f2 = rules.resolve("f2-motives.drl");
        TestFolders.editFirst(f2, "import kb.conclusions.*;", "import kb.conclusions.*;\nglobal java.lang.Integer threshold;");

        assertThat(validationErrors(rules)).contains(rules + "/f2-motives.drl:" + lineOf(f2, "global java.lang.Integer threshold")
                + ": error: global \"threshold\" is not one the tool provides; declare only"
                + " global kb.framework.Parameters parameters; and global kb.facts.Period period;");
    }

    @Test
    void theShippedRulesReadTheirParametersAndPeriodThroughGlobals() {
        RuleCatalogue catalogue = Shipped.rules().catalogue();
        RuleInfo joint = catalogue.all().stream().filter(r -> r.id().equals("F4.Q")).findFirst().orElseThrow();
        assertThat(joint.parameters()).containsExactly("joint-activity-types");
        assertThat(joint.readsPeriod()).isTrue();
        RuleInfo signing = catalogue.all().stream().filter(r -> r.id().equals("F4.C1")).findFirst().orElseThrow();
        assertThat(signing.parameters()).isEmpty();
        assertThat(signing.readsPeriod()).isFalse();
    }

    /** What {@code kb validate --rules DIR} prints on stderr, having failed as a build error must. */
    private static String validationErrors(Path rules) {
        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        return r.err();
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
