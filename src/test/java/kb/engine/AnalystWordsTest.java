package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The common mistakes of an analyst editing a rule get a message in the analyst's words at the right line. */
class AnalystWordsTest {
    @TempDir
    Path temp;

    @Test
    void aMisspeltEnumValueNamesTheAllowedValues() throws IOException {
        Path f4 = edited("f4-implementation.drl", "type == Activity.Type.SIGNING", "type == Activity.Type.JOINT_PROGRAM");
        assertThat(errors(f4)).isEqualTo(f4 + ":" + lineOf(f4, "Activity.Type.JOINT_PROGRAM")
                + ": error: \"JOINT_PROGRAM\" is not a value of Activity.Type (in \"type == Activity.Type.JOINT_PROGRAM\"); allowed:"
                + " EXPLORATION_VISIT, MEETING, OFFICIAL_VISIT, SIGNING, JOINT_PROGRAMME, EXCHANGE, TRAINING, TRADE_MISSION,"
                + " WORKING_DELEGATION");
    }

    @Test
    void aBracketLeftOpenInAConditionIsReportedOnTheLineItOpens() throws IOException {
        Path f4 = edited("f4-implementation.drl", "$activity : Activity( type == Activity.Type.SIGNING )",
                "$activity : Activity( type == Activity.Type.SIGNING");
        int line = lineOf(f4, "Activity( type == Activity.Type.SIGNING");
        assertThat(errors(f4)).startsWith(f4 + ":" + line + ": error: a \"(\" opened on this line is never closed; Drools read on to line "
                + (line + 1));
    }

    @Test
    void aMistakeInAnActionIsReportedOnTheActionsLine() throws IOException {
        Path f6 = edited("f6-consequences.drl", "insertLogical( new FactorMet(\"F6\") );", "insertLogical( new FactorMet(\"F6\") ;");
        assertThat(errors(f6)).startsWith(f6 + ":" + lineOf(f6, "new FactorMet(\"F6\") ;") + ": error: in the action (after \"then\") of rule");
    }

    @Test
    void textWhereANumberBelongsSaysSo() throws IOException {
        Path f4 = edited("f4-implementation.drl", "$count >= parameters.number(\"min-realised-activities\")", "$count >= \"one\"");
        assertThat(errors(f4)).isEqualTo(f4 + ":" + lineOf(f4, "$count >= \"one\"") + ": error: in \"$count >= \"one\"\", the text \"one\""
                + " stands where a number belongs (it is compared with <, >, <= or >=); write a number in digits, without quotes");
    }

    private Path edited(String file, String from, String to) throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.editFirst(rules.resolve(file), from, to);
        return rules.resolve(file);
    }

    /** The one error line of evaluate, which must fail as a rules error and print nothing on stdout. */
    private static String errors(Path file) {
        CliRunner r = CliRunner.run("evaluate", Shipped.BATAM_GIMJE.toString(), "--rules", file.getParent().toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.err()).hasSize(1);
        return lines.get(0);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
