package kb.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kb.batch.BatchResult;
import kb.batch.BatchRunner;
import kb.engine.Evaluator;
import kb.engine.Trace;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput: 10,000 generated cases of about 60 facts through {@link BatchRunner}
 * on 2 threads with full provenance (Trace.FULL). {@code memory}: the facts are read
 * beforehand, so this is the engine's throughput (bench/run's "engine alone" row); {@code disk}:
 * each case is also read and checked from its folder by one shared loader, as {@code kb evaluate
 * DIR} does, in a warm JVM (bench/run measures the CLI itself instead, in a fresh JVM: see
 * {@code BenchRun.batchFromDisk}). Cases per second = CASES / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BatchThroughputBenchmark {
    static final int CASES = 10_000;
    static final int ACTIVITIES = 50;
    static final int THREADS = 2;

    @Param({"memory", "disk"})
    public String reader;

    private List<Path> folders;
    private BatchRunner runner;

    @Setup(Level.Trial)
    public void setUp() {
        Evaluator evaluator = new Evaluator(BenchCases.rules());
        folders = BenchCases.generate(CASES, ACTIVITIES);
        BatchRunner.CaseReader read;
        if (reader.equals("memory")) {
            Map<Path, CaseFacts> loaded = new HashMap<>();
            folders.forEach(f -> loaded.put(f, BenchCases.load(f)));
            read = loaded::get;
        } else {
            CaseLoader loader = new CaseLoader(Long.MAX_VALUE);
            read = loader::load;
        }
        runner = new BatchRunner(evaluator, read, THREADS, Trace.FULL);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCases.delete(folders.get(0).getParent().getParent());
    }

    @Benchmark
    public BatchResult tenThousandCases() throws InterruptedException {
        BatchResult result = runner.run(folders, () -> { });
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException("generated cases failed: " + result.failures().get(0).message());
        }
        return result;
    }
}
