package kb.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;

/**
 * Evaluates many cases with one compiled rule base, in parallel, reading the next cases while
 * others are evaluated. The rule base is shared (compiling takes seconds, a case takes a
 * fraction of a millisecond); each case gets its own session, so the threads share nothing
 * mutable but the loader (whose law library is read under a lock). A case that fails to load
 * or to evaluate is kept as a one-line failure and the others still run.
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

    /**
     * Reads and evaluates every case on {@code threads} threads in all (see {@link Pipeline}); the
     * result is sorted by case, whatever the order the threads finished in.
     */
    public BatchResult run(List<Path> cases, Listener listener) throws InterruptedException {
        Object[] outcomes = new Pipeline(cases, threads, listener).run();
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
     * Reading feeds evaluation through a bounded queue. Of the {@code threads} threads, half
     * (rounded down) are readers and the rest evaluators; one thread alone does both, one case
     * after the other. A thread never waits while there is work: a reader that finds the queue
     * full evaluates the case it has just read, and an evaluator that finds it empty reads the
     * next case itself, so two threads keep two cores busy whichever step is slower. Each thread
     * mostly runs one kind of code, which measured about a tenth less CPU than each thread
     * reading and evaluating in turn. The queue holds at most {@code 4 x threads} cases read and
     * not yet evaluated. Each case is read once (the next index is taken atomically) and
     * evaluated once; its outcome goes to its own slot, so the result does not depend on timing.
     */
    private final class Pipeline {
        private final List<Path> cases;
        private final int threads;
        private final Listener listener;
        private final Object[] outcomes;
        private final BlockingQueue<Read> ready;
        private final AtomicInteger nextToRead = new AtomicInteger();
        private final CountDownLatch done;
        private volatile Throwable bug;

        /** A case read: its facts, or why they could not be read. */
        private record Read(int index, CaseFacts facts, Exception failure) {
        }

        Pipeline(List<Path> cases, int threads, Listener listener) {
            this.cases = cases;
            this.threads = Math.min(threads, Math.max(cases.size(), 1));
            this.listener = listener;
            this.outcomes = new Object[cases.size()];
            this.ready = new ArrayBlockingQueue<>(4 * this.threads);
            this.done = new CountDownLatch(cases.size());
        }

        Object[] run() throws InterruptedException {
            int readers = threads / 2;
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                boolean reader = i < readers;
                Thread t = new Thread(() -> work(reader), "kb-batch-" + (reader ? "read-" : "evaluate-") + (i + 1));
                t.setDaemon(true);
                workers.add(t);
            }
            workers.forEach(Thread::start);
            try {
                done.await();
            } finally {
                workers.forEach(Thread::interrupt);
            }
            if (bug != null) {
                throw new IllegalStateException("a batch worker failed outside any case: " + bug, bug);
            }
            return outcomes;
        }

        private void work(boolean reader) {
            try {
                // Interrupted: the run was called off (its client went away from the kb daemon); stop at the next case.
                if (reader) {
                    for (Read r = readNext(); r != null && !Thread.currentThread().isInterrupted(); r = readNext()) {
                        if (!ready.offer(r)) {
                            evaluate(r); // the evaluators are behind: help them
                        }
                    }
                }
                // Evaluate what is read; with nothing waiting, read the next case; with nothing left to read, wait for the readers.
                while (done.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
                    Read r = ready.poll();
                    if (r == null) {
                        r = readNext();
                    }
                    if (r == null) {
                        r = ready.poll(10, TimeUnit.MILLISECONDS);
                    }
                    if (r != null) {
                        evaluate(r);
                    }
                }
            } catch (InterruptedException e) {
                // the run is over (or was interrupted): stop
            } catch (Throwable e) {
                // A bug, not a case's problem (those are caught per case): stop the run and say so.
                bug = e;
                while (done.getCount() > 0) {
                    done.countDown();
                }
            }
        }

        /** Reads the next case not yet taken; null when every case is taken. */
        private Read readNext() {
            int i = nextToRead.getAndIncrement();
            if (i >= cases.size()) {
                return null;
            }
            try {
                return new Read(i, reader.read(cases.get(i)), null);
            } catch (BadFactsException | RuntimeException e) {
                return new Read(i, null, e);
            }
        }

        private void evaluate(Read r) {
            Path folder = cases.get(r.index());
            Object outcome;
            if (r.failure() != null) {
                outcome = failureOf(folder, r.failure());
            } else {
                try {
                    outcome = CaseSummary.of(folder, evaluator.evaluate(r.facts(), trace));
                } catch (RuleFailureException | RuntimeException e) {
                    outcome = failureOf(folder, e);
                }
            }
            outcomes[r.index()] = outcome;
            listener.caseDone();
            done.countDown();
        }
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
