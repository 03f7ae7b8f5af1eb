package kb.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.CaseFacts;
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
 * What full provenance costs: one case of about 60 facts evaluated with every firing
 * recorded (Trace.FULL, what an audit needs) against the same rules with no listener at all
 * (Trace.NONE). Cases rotate through 16 generated ones, so no single shape is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2) // the first cases take milliseconds while Drools and the JIT warm up
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class ProvenanceBenchmark {
    static final int CASES = 16;
    static final int ACTIVITIES = 50;

    @Param({"FULL", "NONE"})
    public Trace trace;

    private Evaluator evaluator;
    private CaseFacts[] cases;
    private int next;
    private List<Path> folders;

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
    public Evaluation evaluateOneCase() throws RuleFailureException {
        CaseFacts facts = cases[next];
        next = (next + 1) % cases.length;
        return evaluator.evaluate(facts, trace);
    }
}
