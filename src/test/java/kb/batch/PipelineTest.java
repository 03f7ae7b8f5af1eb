package kb.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import kb.ExitCode;
import kb.Shipped;
import kb.engine.Evaluator;
import kb.engine.Trace;
import kb.facts.CaseLoader;
import kb.generate.CaseFolderWriter;
import kb.generate.CaseGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BatchRunner}'s pipeline: readers feed evaluators through a bounded queue, and each
 * thread helps the other step when its own has nothing to do. Whatever the threads and the
 * timing, every case is read and evaluated exactly once and the result is the same.
 */
class PipelineTest {
    private static final int CASES = 24;
    @TempDir
    static Path tmp;
    private static List<Path> cases;
    private static Path broken;
    private static Evaluator evaluator;

    @BeforeAll
    static void setUp() throws Exception {
        CaseFolderWriter.write(tmp, new CaseGenerator(3, 6), CASES);
        cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(tmp.resolve(CaseGenerator.name(i)));
        }
        // A bad case in the middle of the batch.
        broken = cases.get(CASES / 2).resolve("motives.json");
        Files.writeString(broken, "{\n  \"motives\": [ { \"id\": \"x\", \"side\": \"NOBODY\" } ]\n}\n");
        evaluator = new Evaluator(Shipped.rules());
    }

    @Test
    void theResultIsTheSameWhateverTheThreadsAndTheTiming() throws Exception {
        BatchResult alone = run(1, 0);
        assertThat(alone.summaries()).hasSize(CASES - 1);
        assertThat(alone.failures()).singleElement().satisfies(f -> {
            assertThat(f.folder()).isEqualTo(cases.get(CASES / 2));
            assertThat(f.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(f.message()).startsWith(broken + ":2:").contains("motive \"x\"");
        });
        assertThat(alone.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alone.summaries()).extracting(CaseSummary::caseName).isSorted();
        for (int threads : new int[] {2, 3, 4, 7}) {
            // Slow reading (the evaluators read for themselves), then slow evaluation (the readers evaluate).
            for (int slow : new int[] {1, 2}) {
                assertThat(run(threads, slow)).as(threads + " threads, slow step " + slow).isEqualTo(alone);
            }
        }
    }

    @Test
    void everyCaseIsReadOnceAndEveryListenerCallIsOneCase() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        CaseLoader loader = new CaseLoader();
        BatchRunner runner = new BatchRunner(evaluator, folder -> {
            reads.incrementAndGet();
            return loader.load(folder);
        }, 2, Trace.COUNTS);
        BatchResult result = runner.run(cases, told::incrementAndGet);
        assertThat(reads.get()).isEqualTo(CASES);
        assertThat(told.get()).isEqualTo(CASES);
        assertThat(result.summaries().size() + result.failures().size()).isEqualTo(CASES);
    }

    @Test
    void aFaultOutsideAnyCaseStopsTheRunAndSaysSo() {
        BatchRunner runner = new BatchRunner(evaluator, folder -> {
            throw new AssertionError("a bug in the reader");
        }, 2, Trace.COUNTS);
        assertThatThrownBy(() -> runner.run(cases, () -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a bug in the reader");
    }

    /** {@code slow}: 0 none, 1 reading sleeps now and then, 2 the listener (after each evaluation) does. */
    private static BatchResult run(int threads, int slow) throws InterruptedException {
        CaseLoader loader = new CaseLoader();
        Random random = new Random(threads * 10L + slow);
        BatchRunner runner = new BatchRunner(evaluator, folder -> {
            if (slow == 1) {
                pause(random);
            }
            return loader.load(folder);
        }, threads, Trace.COUNTS);
        return runner.run(cases, () -> {
            if (slow == 2) {
                pause(random);
            }
        });
    }

    private static void pause(Random random) {
        int ms;
        synchronized (random) {
            ms = random.nextInt(4);
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
