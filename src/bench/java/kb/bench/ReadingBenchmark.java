package kb.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.facts.BadFactsException;
import kb.facts.CaseLoader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading alone, one thread, side by side: each invocation takes the next of {@link #CASES}
 * generated case folders (50 activities each) and reads it in several ways, in turn, each time
 * into its own sum: with kb's loader as {@code kb evaluate DIR} reads it (one loader for the run,
 * as a batch has: syntax, schema, binding, cross-fact checks, no hashes, which a summary does not
 * name; the law library read once) and as a bare Jackson parser streaming every token of the same
 * files, the least any reading can cost. A burst of someone else's work on the shared machine
 * lands on every way alike; the figure is the median of the iterations' loader / plain ratios.
 * Target: ≤ 2.
 *
 * <p>Two more ways are timed in the same rotation: the loader that also keeps each file's
 * SHA-256, as one case, an audit record or a report reads it; and the floor of any reader that
 * must hand on the values: each file read whole and one token pass that makes each string; no
 * schema, no binding, no checks. It tells how much of the target that leaves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReadingBenchmark {
    static final int CASES = 2_000;
    static final int ACTIVITIES = 50;

    private List<Path> folders;
    private Path[][] files;
    private CaseLoader loader;
    private CaseLoader hashingLoader;
    private int next;
    private final JsonFactory json = new JsonFactory();

    /** Nanoseconds spent each way during one iteration, reported by JMH as secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class SideBySide {
        public long loaderNanos;
        public long plainNanos;
        public long floorNanos;
        public long hashingNanos;
        public long pairs;

        @Setup(Level.Iteration)
        public void clear() {
            loaderNanos = 0;
            plainNanos = 0;
            floorNanos = 0;
            hashingNanos = 0;
            pairs = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folders = BenchCases.generate(CASES, ACTIVITIES);
        files = new Path[folders.size()][];
        for (int i = 0; i < folders.size(); i++) {
            try (Stream<Path> s = Files.list(folders.get(i))) {
                files[i] = s.sorted().toArray(Path[]::new);
            }
        }
        hashingLoader = new CaseLoader();
        loader = hashingLoader.withoutHashes();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCases.delete(folders.get(0).getParent().getParent());
    }

    @Benchmark
    public void loaderPlainAndFloorInTurn(SideBySide counters, Blackhole sink) throws IOException, BadFactsException {
        int i = next;
        next = (next + 1) % folders.size();
        // Each way goes first, second, third and last in turn, so none always meets cold caches.
        int first = (int) (counters.pairs % 4);
        for (int step = 0; step < 4; step++) {
            int way = (first + step) % 4;
            long start = System.nanoTime();
            if (way == 0) {
                sink.consume(loader.load(folders.get(i)));
                counters.loaderNanos += System.nanoTime() - start;
            } else if (way == 1) {
                sink.consume(plainParse(files[i]));
                counters.plainNanos += System.nanoTime() - start;
            } else if (way == 2) {
                sink.consume(floor(files[i]));
                counters.floorNanos += System.nanoTime() - start;
            } else {
                sink.consume(hashingLoader.load(folders.get(i)));
                counters.hashingNanos += System.nanoTime() - start;
            }
        }
        counters.pairs++;
    }

    /** Each file read whole, then one token pass that makes every string: what no checked read can skip. */
    private long floor(Path[] caseFiles) throws IOException {
        long strings = 0;
        for (Path f : caseFiles) {
            byte[] bytes = Files.readAllBytes(f);
            try (JsonParser p = json.createParser(bytes)) {
                for (JsonToken t; (t = p.nextToken()) != null; ) {
                    if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                        strings += p.getText().length();
                    }
                }
            }
        }
        return strings;
    }

    /** Every token of every file, as cheaply as Jackson streams them. */
    private long plainParse(Path[] caseFiles) throws IOException {
        long tokens = 0;
        for (Path f : caseFiles) {
            try (JsonParser p = json.createParser(f.toFile())) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
