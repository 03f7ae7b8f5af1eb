package kb.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;

/**
 * Evaluates many cases with one compiled rule base, in parallel. The rule base is shared
 * (compiling takes seconds, a case takes a millisecond); each case gets its own session,
 * so the threads share nothing mutable. A case that fails to load or to evaluate is kept
 * as a one-line failure and the others still run.
 */
public final class BatchRunner {
    /** Reads one case; the CLI reads folders, the benchmarks hand over facts built in memory. */
    @FunctionalInterface
    public interface CaseReader {
        CaseFacts read(Path folder) throws BadFactsException;
    }

    /** Told after each case, from the worker threads. */
    @FunctionalInterface
    public interface Listener {
        void caseDone();
    }

    private final Evaluator evaluator;
    private final CaseReader reader;
    private final int threads;
    private final Trace trace;

    public BatchRunner(Evaluator evaluator, CaseReader reader, int threads, Trace trace) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.evaluator = evaluator;
        this.reader = reader;
        this.threads = threads;
        this.trace = trace;
    }

    public BatchResult run(List<Path> cases, Listener listener) throws InterruptedException {
        List<Object> outcomes = each(cases, threads, listener, this::evaluateOne);
        List<CaseSummary> summaries = new ArrayList<>();
        List<CaseFailure> failures = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof CaseSummary s) {
                summaries.add(s);
            } else {
                failures.add((CaseFailure) o);
            }
        }
        summaries.sort(Comparator.comparing(CaseSummary::caseName));
        failures.sort(Comparator.comparing(f -> f.folder().toString()));
        return new BatchResult(List.copyOf(summaries), List.copyOf(failures));
    }

    /**
     * Runs {@code job} on every case on {@code threads} threads and returns the results in the
     * order of {@code cases}; {@code listener} is told after each. The job must catch what a case
     * can throw: an exception that escapes it is a bug and stops the run.
     */
    public static <T> List<T> each(List<Path> cases, int threads, Listener listener, Function<Path, T> job)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        List<T> outcomes = new ArrayList<>(java.util.Collections.nCopies(cases.size(), null));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(cases.size(), 1)), daemons());
        try {
            List<Future<T>> pending = new ArrayList<>(cases.size());
            for (Path c : cases) {
                pending.add(pool.submit(() -> {
                    T outcome = job.apply(c);
                    listener.caseDone();
                    return outcome;
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                outcomes.set(i, pending.get(i).get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed outside any case: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private Object evaluateOne(Path folder) {
        try {
            CaseFacts facts = reader.read(folder);
            return CaseSummary.of(folder, evaluator.evaluate(facts, trace));
        } catch (BadFactsException | RuleFailureException | RuntimeException e) {
            return failureOf(folder, e);
        }
    }

    /** A case that did not load or whose rules failed, as the one line a batch prints for it. */
    public static CaseFailure failureOf(Path folder, Exception e) {
        if (e instanceof BadFactsException bad) {
            List<String> problems = bad.problems();
            String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            return CaseFailure.badInput(folder, problems.get(0) + more);
        }
        if (e instanceof RuleFailureException) {
            return CaseFailure.ruleFailure(folder, e.getMessage());
        }
        return CaseFailure.ruleFailure(folder, "internal error: " + e);
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kb-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
