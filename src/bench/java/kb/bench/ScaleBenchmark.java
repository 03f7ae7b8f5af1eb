package kb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * One case with 100,000 and with 1,000,000 activities, evaluated as {@code kb evaluate}
 * does (Trace.COUNTS), facts read beforehand. The heap a case needs is its live set: the
 * largest heap occupancy right after a garbage collection during the evaluations (facts,
 * session and results together). It is taken from the collectors' notifications and written
 * to the file named by {@code -Dkb.bench.heap} for bench/run. (Pool peaks would measure how
 * far the collector let garbage pile up, which depends on -Xmx, not on the case.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ScaleBenchmark {
    @Param({"100000", "1000000"})
    public int activities;

    private Evaluator evaluator;
    private CaseFacts facts;
    private long peakHeap;

    @Setup(Level.Trial)
    public void setUp() {
        // About one firing per activity: the default limit (1,000,000) is meant to stop a
        // runaway rule in a hand-written case, so a large case raises it, as --max-firings does.
        evaluator = new Evaluator(BenchCases.rules(), 10 * activities + 10_000);
        List<Path> folders = BenchCases.generate(1, activities);
        facts = BenchCases.load(folders.get(0));
        BenchCases.delete(folders.get(0).getParent().getParent());
        listenToCollections();
    }

    @Setup(Level.Iteration)
    public void watchCollections() {
        System.gc(); // start each evaluation from the facts alone
        measuring = true;
    }

    @TearDown(Level.Iteration)
    public void stopWatching() {
        measuring = false;
    }

    private volatile boolean measuring;

    /** After each collection during an evaluation: the heap still in use is live data. */
    private void listenToCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!measuring || !notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPoolNames().contains(e.getKey())) {
                        used += e.getValue().getUsed();
                    }
                }
                synchronized (this) {
                    peakHeap = Math.max(peakHeap, used);
                }
            }, null, null);
        }
    }

    private static List<String> heapPoolNames() {
        return heapPools().stream().map(MemoryPoolMXBean::getName).toList();
    }

    @TearDown(Level.Trial)
    public synchronized void report() {
        String file = System.getProperty("kb.bench.heap");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), activities + " " + peakHeap + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    public Evaluation oneLargeCase() throws RuleFailureException {
        return evaluator.evaluate(facts, Trace.COUNTS);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
