package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kb.generate.CaseFolderWriter;
import kb.generate.CaseGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A case too large for the heap Java was given ends with one line that says so and how to
 * give more, exit code 4 and no output file; never a stack trace. (A JVM of its own, with a
 * heap far too small for 200,000 activities, so this is about the message, not about speed.)
 * With 48 MB it runs out while reading the facts; with 250 MB the facts fit (about 70 MB) and it
 * runs out while the rules fire (they need about 300 MB): the evaluation never ends properly,
 * and the guard against a rule calling System.exit must not take the tool's own exit for one
 * (it did: a second line blamed F4.Q, exit 3).
 */
class OutOfMemoryIT {
    @ParameterizedTest(name = "-Xmx{0}")
    @ValueSource(strings = {"48m", "250m"})
    void aCaseTooLargeForTheHeapSaysHowToGiveMore(String heap, @TempDir Path tmp) throws Exception {
        Path cases = tmp.resolve("cases");
        CaseFolderWriter.write(cases, new CaseGenerator(7, 200_000), 1);
        Path out = tmp.resolve("result.json");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", "target/kb.jar", "kb.cli.Main", "evaluate", cases.resolve(CaseGenerator.name(0)).toString(),
                "--max-file-size", "1000000000", "--max-firings", "10000000", "--format", "json", "--out", out.toString())
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("kb finished").isTrue();

        String message = java.nio.file.Files.readString(err);
        assertThat(p.exitValue()).as(message).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(message).startsWith("kb: out of memory: this run needed more than the ")
                .contains("MiB of heap Java was given; nothing was written. Give it more, e.g. KB_JAVA_OPTS=-Xmx4g ./kb evaluate ")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(List.of(message.split("\n"))).hasSize(1);
        assertThat(out).doesNotExist();
    }
}
