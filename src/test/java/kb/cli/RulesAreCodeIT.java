package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kb.ProcessRun;

/**
 * What only a real process shows (failsafe, after {@code mvn package}): a rule that calls
 * {@code System.exit}, prints to standard output or never returns, a standard output that is
 * full or closed, and the launcher's clean-up of a killed run's class-data archive.
 */
class RulesAreCodeIT {
    @org.junit.jupiter.api.AfterAll
    static void stopTheDaemon() throws Exception {
        kb.LauncherDaemons.stop();
    }

    @TempDir
    Path tmp;

    private Path rulesWith(String file, String id, String consequence) {
        return TestFolders.rulesWith(Path.of("rules"), tmp.resolve("rules"), file, id, consequence);
    }

    @Test
    void systemExitInARuleEndsWithExitCode3AndNamesTheRule() throws Exception {
        Path rules = rulesWith("zz-exit.drl", "T.EXIT", "System.exit(0);");
        ProcessRun r = sh("./kb evaluate facts/batam-gimje --rules " + rules);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULE_FAILURE);
        assertThat(r.err()).contains("rule T.EXIT").contains("called System.exit").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void whatARulePrintsGoesToStandardErrorAndTheJsonStaysValid() throws Exception {
        Path rules = rulesWith("zz-print.drl", "T.PRINT", "System.out.println(\"debug \" + $a.getId());");
        ProcessRun r = sh("./kb evaluate facts/batam-gimje --format json --rules " + rules);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("verdict").asText()).isEqualTo("NOT_OPTIMAL");
        assertThat(r.err()).contains("debug ");
    }

    @Test
    void aSignalWhileTheRulesRunEndsTheToolWithoutBlamingARule() throws Exception {
        Path rules = rulesWith("zz-slow.drl", "T.SLOW", "System.err.println(\"kb-test: rule running\"); Thread.sleep(600_000);");
        Path out = tmp.resolve("result.json");
        ProcessBuilder pb = new ProcessBuilder("./kb", "evaluate", "facts/batam-gimje", "--format", "json", "--out", out.toString(),
                "--rules", rules.toString());
        pb.environment().put("KB_DAEMON", "off");
        pb.environment().put("KB_CDS", "off");
        ProcessRun r = ProcessRun.signalledOnceItPrints(pb, "kb-test: rule running");
        assertThat(r.err()).as("the rule ran").contains("kb-test: rule running");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(128 + 15);
        assertThat(r.err()).doesNotContain("System.exit").doesNotContain("\tat ");
        assertThat(out).as("nothing written").doesNotExist();
    }

    @Test
    void aRuleThatNeverReturnsEndsAtTheTimeout() throws Exception {
        Path rules = rulesWith("zz-spin.drl", "T.SPIN", "long n = 0; while (System.nanoTime() > 0) { n++; }");
        long start = System.nanoTime();
        ProcessRun r = sh("./kb evaluate facts/batam-gimje --timeout 2 --rules " + rules);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULE_FAILURE);
        assertThat(r.err().strip()).startsWith("rule T.SPIN").contains("--timeout").doesNotContain("\tat ");
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(60);
    }

    @Test
    void aFullOrClosedStandardOutputIsExitCode2() throws Exception {
        ProcessRun full = sh("./kb explain facts/batam-gimje --format json > /dev/full");
        assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(full.err()).contains("cannot write to standard output");
        ProcessRun closed = sh("./kb evaluate facts/batam-gimje >&-");
        assertThat(closed.exitCode()).as(closed.err()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void theHalfArchiveOfAKilledRunIsRemovedByTheNextRun() throws Exception {
        Files.createDirectories(Path.of("target/cds"));
        Path stale = Path.of("target/cds/kb-0.jsa.999999999.tmp");
        Files.writeString(stale, "half an archive");
        ProcessRun r = sh("KB_CDS=on ./kb evaluate facts/batam-gimje");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
    }

    private static ProcessRun sh(String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", script));
        if (!script.startsWith("KB_CDS=")) {
            pb.environment().put("KB_CDS", "off");
        }
        return ProcessRun.of(pb);
    }
}
