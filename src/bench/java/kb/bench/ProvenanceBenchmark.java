package kb.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.CaseFacts;
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
 * What full provenance costs: one case of about 60 facts evaluated with every firing
 * recorded (Trace.FULL, what an audit needs) against the same rules with no listener at all
 * (Trace.NONE). The two are measured side by side: each invocation evaluates the same case
 * once each way, in alternating order, and adds each time to its own counter. The machine is
 * shared, so a burst of someone else's work lands on both modes alike instead of on whichever
 * fork happened to be running; the ratio of an iteration's two sums is the cost of provenance.
 * Cases rotate through 16 generated ones, so no single shape is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2) // the first cases take milliseconds while Drools and the JIT warm up
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ProvenanceBenchmark {
    static final int CASES = 16;
    static final int ACTIVITIES = 50;

    private Evaluator evaluator;
    private CaseFacts[] cases;
    private int next;
    private List<Path> folders;

    /** Nanoseconds spent in each mode during one iteration, reported by JMH as secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class SideBySide {
        public long fullNanos;
        public long noneNanos;
        public long pairs;

        @Setup(Level.Iteration)
        public void clear() {
            fullNanos = 0;
            noneNanos = 0;
            pairs = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        evaluator = new Evaluator(BenchCases.rules());
        folders = BenchCases.generate(CASES, ACTIVITIES);
        cases = folders.stream().map(BenchCases::load).toArray(CaseFacts[]::new);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCases.delete(folders.get(0).getParent().getParent());
    }

    @Benchmark
    public void fullThenNoneOrNoneThenFull(SideBySide counters, Blackhole sink) throws RuleFailureException {
        CaseFacts facts = cases[next];
        boolean fullFirst = (counters.pairs & 1) == 0;
        next = (next + 1) % cases.length;
        for (Trace trace : fullFirst ? new Trace[] {Trace.FULL, Trace.NONE} : new Trace[] {Trace.NONE, Trace.FULL}) {
            long start = System.nanoTime();
            sink.consume(evaluator.evaluate(facts, trace));
            long took = System.nanoTime() - start;
            if (trace == Trace.FULL) {
                counters.fullNanos += took;
            } else {
                counters.noneNanos += took;
            }
        }
        counters.pairs++;
    }
}
