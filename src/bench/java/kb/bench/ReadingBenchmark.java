package kb.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Reading alone, one thread: {@code loader} reads {@link #CASES} generated case folders (50
 * activities each) as {@code kb evaluate DIR} does (syntax, schema, calendar dates, binding,
 * cross-fact checks, hashes); {@code plainJackson} only streams every token of the same files
 * with a bare Jackson parser, the least any reading can cost. Target: loader ≤ 2 x plainJackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReadingBenchmark {
    static final int CASES = 2_000;
    static final int ACTIVITIES = 50;

    private List<Path> folders;
    private List<Path> files;
    private final JsonFactory json = new JsonFactory();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folders = BenchCases.generate(CASES, ACTIVITIES);
        files = new ArrayList<>();
        for (Path f : folders) {
            try (Stream<Path> s = Files.list(f)) {
                s.sorted().forEach(files::add);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCases.delete(folders.get(0).getParent().getParent());
    }

    @Benchmark
    public long loader() {
        long facts = 0;
        for (Path f : folders) {
            facts += BenchCases.load(f).facts().size();
        }
        return facts;
    }

    @Benchmark
    public long plainJackson() {
        long tokens = 0;
        try {
            for (Path f : files) {
                try (JsonParser p = json.createParser(f.toFile())) {
                    while (p.nextToken() != null) {
                        tokens++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
