package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void writesCaseFoldersThatEvaluate(@TempDir Path tmp) {
        Path out = tmp.resolve("cases");
        CliRunner g = CliRunner.run("generate", "--cases", "3", "--activities", "5", "--out", out.toString(), "--seed", "3");
        assertThat(g.exitCode()).as(g.err()).isZero();
        assertThat(out.resolve("generated-000002/case.json")).exists();
        // The law library the cases are judged against is written beside them, as facts/law beside facts/batam-gimje.
        assertThat(out.resolve("law/instruments.json")).exists();
        assertThat(out.resolve("law/sources.json")).exists();
        CliRunner e = CliRunner.run("evaluate", out.toString(), "--format", "csv");
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(e.out().lines()).hasSize(4);
        // Every factor of a generated case is decided as intended: MET or NOT MET, never left open.
        assertThat(e.out()).doesNotContain("UNDETERMINED");
    }

    @Test
    void refusesToWriteIntoAFolderThatHoldsFilesUnlessForced(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        CliRunner refused = CliRunner.run("generate", "--cases", "1", "--activities", "3", "--out", tmp.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("not empty").contains("--force");
        assertThat(tmp.resolve("keep.txt")).exists();

        CliRunner forced = CliRunner.run("generate", "--cases", "1", "--activities", "3", "--out", tmp.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(tmp.resolve("keep.txt")).doesNotExist();
        assertThat(tmp.resolve("generated-000000/activities.json")).exists();
    }

    @Test
    void tooFewActivitiesIsABadOption(@TempDir Path tmp) {
        CliRunner r = CliRunner.run("generate", "--cases", "1", "--activities", "2", "--out", tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("at least 3");
    }
}
