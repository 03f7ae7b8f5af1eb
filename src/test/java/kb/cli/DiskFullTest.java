package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A really full disk: a 32 kB tmpfs, where the machine lets the test mount one (root in a
 * container that allows it); elsewhere the test is skipped, and OutputTargetTest still checks
 * the wording of "no space left on the device".
 */
class DiskFullTest {
    private static Path tiny;
    private static boolean mounted;

    @BeforeAll
    static void mountATinyDisk() throws Exception {
        tiny = Files.createTempDirectory("kb-tiny-disk");
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=32k", "tmpfs", tiny.toString())
                    .redirectErrorStream(true).start();
            mounted = p.waitFor() == 0;
        } catch (IOException e) {
            mounted = false;
        }
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", tiny.toString()).start().waitFor();
        }
        Files.deleteIfExists(tiny);
    }

    @Test
    void anAuditRecordOnAFullDiskIsOneLineExit2AndLeavesNothing() throws IOException {
        assumeTrue(mounted, "cannot mount a tmpfs here");
        Path filler = fill(tiny.resolve("filler"));
        try {
            Path audit = tiny.resolve("audit.json");
            CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--audit", audit.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).containsExactly("--audit " + audit + ": cannot write it (no space left on the device)");
            assertThat(r.out()).isEmpty();
            try (Stream<Path> left = Files.list(tiny)) {
                assertThat(left).as("nothing left behind").containsExactly(filler);
            }
        } finally {
            Files.delete(filler);
        }
    }

    /** Writes until the disk is full. */
    private static Path fill(Path filler) throws IOException {
        byte[] block = new byte[1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
    }

    @Test
    void generateChecksTheFreeSpaceFirst() throws IOException {
        assumeTrue(mounted, "cannot mount a tmpfs here");
        CliRunner r = CliRunner.run("generate", "--cases", "100", "--activities", "50", "--out", tiny.resolve("cases").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("need about").contains("MiB are free there");
        try (Stream<Path> left = Files.list(tiny)) {
            assertThat(left).isEmpty();
        }
    }
}
