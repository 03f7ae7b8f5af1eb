package kb.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kb.batch.BatchResult;
import kb.batch.BatchRunner;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.engine.Trace;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.impact.ImpactResult;
import kb.impact.ImpactRunner;
import kb.scenario.ScenarioLoader;
import kb.whatif.WhatIf;
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
 * kb impact against one batch evaluation of the same 10,000 generated cases (facts read
 * beforehand, 2 threads, Trace.COUNTS as both commands use), and kb whatif on Batam–Gimje
 * (its search: candidates screened, combinations and suggestions evaluated; the rules compiled
 * beforehand). bench/run prints the ratio impact / batch and the candidates evaluated per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class WhatIfImpactBenchmark {
    static final int CASES = 10_000;
    static final int THREADS = 2;

    private List<Path> folders;
    private BatchRunner batch;
    private ImpactRunner impact;
    private Evaluator evaluator;
    private CaseFacts batam;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RuleBase rules = BenchCases.rules();
        evaluator = new Evaluator(rules);
        // A second compilation of the same folder stands for the baseline rules: the work is the same.
        Evaluator baseline = new Evaluator(RuleBase.load(BenchCases.rulesFolder()));
        folders = BenchCases.generate(CASES, BatchThroughputBenchmark.ACTIVITIES);
        Map<Path, CaseFacts> loaded = new HashMap<>();
        folders.forEach(f -> loaded.put(f, BenchCases.load(f)));
        batch = new BatchRunner(evaluator, loaded::get, THREADS, Trace.COUNTS);
        impact = new ImpactRunner(baseline, evaluator, loaded::get, new ScenarioLoader(), THREADS);
        batam = new CaseLoader().load(BenchCases.rulesFolder().resolveSibling("facts").resolve("batam-gimje"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchCases.delete(folders.get(0).getParent().getParent());
    }

    @Benchmark
    public BatchResult batchOfTenThousand() throws InterruptedException {
        return batch.run(folders, () -> { });
    }

    @Benchmark
    public ImpactResult impactOfTenThousand() throws InterruptedException {
        ImpactResult r = impact.run(folders, List.of(), "baseline", "rules", () -> { });
        if (!r.failures().isEmpty() || r.compared() != CASES) {
            throw new IllegalStateException("impact did not compare every case: " + r.summary());
        }
        return r;
    }

    @Benchmark
    public WhatIf.Result whatIfBatamGimje() throws Exception {
        return new WhatIf(evaluator, new WhatIf.Options(null, 3, false, 3)).run(batam);
    }

    /**
     * Candidates one whatif run on Batam–Gimje evaluates: single changes screened plus whole cases
     * evaluated. The same on every run (the search is deterministic), so it is counted once here.
     */
    static long candidates() throws Exception {
        Evaluator e = new Evaluator(BenchCases.rules());
        WhatIf.Result r = new WhatIf(e, new WhatIf.Options(null, 3, false, 3))
                .run(new CaseLoader().load(BenchCases.rulesFolder().resolveSibling("facts").resolve("batam-gimje")));
        return r.candidates() + r.evaluated();
    }
}
