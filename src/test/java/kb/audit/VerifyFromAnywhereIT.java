package kb.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kb.ProcessRun;

/**
 * Through the kb launcher (mvn verify): a record made in the project root verifies from
 * another working folder, because the record keeps its folders relative to the project.
 */
class VerifyFromAnywhereIT {
    @org.junit.jupiter.api.AfterAll
    static void stopTheDaemon() throws Exception {
        kb.LauncherDaemons.stop();
    }


    @Test
    void aRecordMadeInTheProjectRootVerifiesFromAnotherFolder(@TempDir Path tmp) throws Exception {
        Path record = tmp.resolve("audit.json");
        Path kb = Path.of("kb").toAbsolutePath();
        ProcessRun made = run(Path.of(""), kb.toString(), "evaluate", "facts/batam-gimje", "--audit", record.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();

        ProcessRun verified = run(tmp, kb.toString(), "verify", record.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).startsWith("reproduced: case batam-gimje gives NOT_OPTIMAL again");
    }

    private static ProcessRun run(Path workingFolder, String... command) throws Exception {
        return ProcessRun.of(new ProcessBuilder(new ArrayList<>(List.of(command))).directory(workingFolder.toAbsolutePath().toFile()));
    }
}
