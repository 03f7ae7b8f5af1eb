package kb.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Run made = run(Path.of(""), kb.toString(), "evaluate", "facts/batam-gimje", "--audit", record.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();

        Run verified = run(tmp, kb.toString(), "verify", record.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).startsWith("reproduced: case batam-gimje gives NOT_OPTIMAL again");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path workingFolder, String... command) throws Exception {
        Path out = Files.createTempFile("kb-out", ".txt");
        Path err = Files.createTempFile("kb-err", ".txt");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .directory(workingFolder.toAbsolutePath().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("kb finished").isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
