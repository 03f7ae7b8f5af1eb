package kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** How a process the tests started ended: its exit code, and its output and errors whole. */
public record ProcessRun(int exitCode, String out, String err) {

    /**
     * Starts {@code process} (its command, folder and environment set by the caller), waits for it
     * (three minutes at the most: longer fails the test) and returns what it wrote. Output and
     * errors go to files, not pipes, so a process that writes much never blocks on a full pipe.
     */
    public static ProcessRun of(ProcessBuilder process) throws IOException, InterruptedException {
        return capture(process, (p, err) -> assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("kb finished").isTrue());
    }

    /**
     * Starts {@code process}, waits (two minutes at the most) until its standard error holds
     * {@code line}, then sends it SIGTERM (as a Ctrl-C's SIGINT, the same handling) and returns
     * how it ended. Its errors are in a file read while it runs: a pipe's stream may be closed
     * under its reader as the process ends.
     */
    public static ProcessRun signalledOnceItPrints(ProcessBuilder process, String line) throws IOException, InterruptedException {
        return capture(process, (p, err) -> {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(err, StandardCharsets.UTF_8).contains(line) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            p.toHandle().destroy(); // SIGTERM; Process.destroy would also close the streams
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).as("kb ended on SIGTERM").isTrue();
        });
    }

    /** What the test does with the running process until it has ended; {@code err} is its standard error so far. */
    private interface Ending {
        void await(Process p, Path err) throws IOException, InterruptedException;
    }

    private static ProcessRun capture(ProcessBuilder process, Ending ending) throws IOException, InterruptedException {
        Path out = Files.createTempFile("kb-out", ".txt");
        Path err = Files.createTempFile("kb-err", ".txt");
        try {
            Process p = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            ending.await(p, err);
            return new ProcessRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
