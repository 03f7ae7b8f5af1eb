package kb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What bench/run runs: the JMH benchmarks, the batch through the CLI and the cold-start comparison, then one
 * table with every figure beside its target (also written as Markdown for the README).
 * {@code --quick} shortens every measurement, to check the harness, not to quote;
 * {@code --only provenance,batch,reading,scale,cold,whatif} runs some of them.
 */
public final class BenchRun {
    /** Room above the live set, so collections do not swamp the time; the heap figure is the live set itself. */
    private static final String SCALE_HEAP = "-Xmx4g";
    private final boolean quick;
    private final List<Row> rows = new ArrayList<>();

    private record Row(String figure, String measured, String target, String verdict) {
    }

    private BenchRun(boolean quick) {
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path markdown = Path.of(args.length > 0 && !args[args.length - 1].startsWith("--") ? args[args.length - 1]
                : "target/bench/speed.md");
        List<String> only = List.of();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--only")) {
                only = List.of(args[i + 1].split(","));
            }
        }
        BenchRun run = new BenchRun(quick);
        if (only.isEmpty() || only.contains("provenance")) {
            run.provenance();
        }
        if (only.isEmpty() || only.contains("batch")) {
            run.batch();
        }
        if (only.isEmpty() || only.contains("reading")) {
            run.reading();
        }
        if (only.isEmpty() || only.contains("scale")) {
            run.scale();
        }
        if (only.isEmpty() || only.contains("cold")) {
            run.coldStart();
        }
        if (only.isEmpty() || only.contains("whatif")) {
            run.whatIfAndImpact();
        }
        run.print(markdown);
    }

    private ChainedOptionsBuilder options(Class<?> benchmark) {
        ChainedOptionsBuilder o = new OptionsBuilder().include("\\." + benchmark.getSimpleName() + "\\.")
                .shouldFailOnError(true);
        if (quick) {
            o = o.warmupIterations(1).measurementIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        return o;
    }

    /**
     * FULL and NONE side by side in every invocation (see {@link ProvenanceBenchmark}); the
     * figure is the median over all iterations of both forks of each iteration's FULL / NONE.
     */
    private void provenance() throws RunnerException {
        SideBySide full = sideBySide(ProvenanceBenchmark.class, "fullNanos", "noneNanos");
        rows.add(new Row("one case of ~60 facts, full provenance (Trace.FULL), median", fmt(full.micros(0), 0) + " µs", "", ""));
        rows.add(new Row("one case of ~60 facts, no listener at all (Trace.NONE), median", fmt(full.micros(1), 0) + " µs", "", ""));
        double ratio = full.ratio(0, 1);
        rows.add(new Row("provenance cost: FULL / NONE, measured side by side", fmt(ratio, 2) + " x", "≤ 1.25",
                ratio <= 1.25 ? "met" : "NOT met"));
    }

    /**
     * Batch throughput, two rows. The engine alone: {@link BatchThroughputBenchmark} with the facts
     * read beforehand (in memory). And as a user runs it: {@link #batchFromDisk}.
     */
    private void batch() throws RunnerException, IOException, InterruptedException {
        List<RunResult> results = new ArrayList<>(
                new Runner(options(BatchThroughputBenchmark.class).param("reader", "memory").build()).run());
        for (RunResult r : results) {
            double ms = r.getPrimaryResult().getScore();
            double perSecond = BatchThroughputBenchmark.CASES / (ms / 1000.0);
            rows.add(new Row("batch, the engine alone (facts already in memory): 10,000 cases of ~60 facts, 2 threads,"
                    + " full provenance", fmt(perSecond, 0) + " cases/s", "", ""));
        }
        batchFromDisk();
    }

    /** The batch as users run it: so many generated cases, of so many activities, on so many threads. */
    static final int DISK_CASES = 20_000;
    static final int DISK_ACTIVITIES = 50;
    static final int DISK_THREADS = 2;

    /**
     * {@code kb evaluate DIR --threads 2 --format jsonl --out F} of 20,000 generated cases, from
     * disk, reading included: the real {@code kb.cli.Main} in a fresh JVM with the very command the
     * launcher runs for it ({@code KB_SHOW_JAVA=1}). The cases are generated once, with
     * {@code kb generate --seed 1}, into {@code target/bench/} and reused while they are there. One
     * unmeasured run first (it fills the compiled-rules cache and the page cache), then the median
     * of three; CPU is the children's user + system time from {@code /proc/self/stat}.
     */
    private void batchFromDisk() throws IOException, InterruptedException {
        String home = System.getProperty("kb.home", ".");
        Path cases = Path.of(home, "target", "bench", "cases-" + DISK_CASES + "x" + DISK_ACTIVITIES + "-seed1");
        if (!Files.isDirectory(cases)) {
            wallSeconds(List.of(home + "/kb", "generate", "--cases", String.valueOf(DISK_CASES), "--activities",
                    String.valueOf(DISK_ACTIVITIES), "--out", cases.toString(), "--seed", "1"), null, Map.of());
        }
        Path out = Files.createTempFile("kb-bench-batch-", ".jsonl");
        List<String> kb = List.of(home + "/kb", "evaluate", cases.toString(), "--threads", String.valueOf(DISK_THREADS),
                "--format", "jsonl", "--out", out.toString());
        List<String> java = launcherCommand(kb, Map.of("KB_DAEMON", "off"));
        String loadBefore = loadAverage();
        wallSeconds(java, null, Map.of());
        int rounds = quick ? 1 : 3;
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double cpuBefore = childrenCpuSeconds();
            walls.add(wallSeconds(java, null, Map.of()));
            cpus.add(childrenCpuSeconds() - cpuBefore);
        }
        long lines = Files.readAllLines(out).size();
        Files.delete(out);
        if (lines != DISK_CASES) {
            throw new IllegalStateException("kb evaluate wrote " + lines + " lines for " + DISK_CASES + " cases");
        }
        double wall = median(walls);
        double perSecond = DISK_CASES / wall;
        rows.add(new Row("batch from disk through the CLI: kb evaluate DIR, " + fmt(DISK_CASES, 0) + " cases, "
                + DISK_THREADS + " threads, JSONL, reading included (fresh JVM, median of " + rounds + ")",
                fmt(perSecond, 0) + " cases/s", "≥ 3,000", perSecond >= 3000 ? "met" : "NOT met"));
        rows.add(new Row("  the same runs: wall / CPU (user + system, every thread of the JVM), median",
                fmt(wall, 1) + " s / " + fmt(median(cpus), 1) + " s", "", ""));
        rows.add(new Row("  load average (1 min) before / after the batch runs, " + Runtime.getRuntime().availableProcessors()
                + " cores", loadBefore + " / " + loadAverage(), "", ""));
        batchThroughWarmDaemon(kb, out, rounds);
    }

    /**
     * The same command as users run it again: {@code ./kb} hands a batch to a warm background
     * process of its own (batch flags: C2, the parallel collector). Two unmeasured runs (the first
     * runs in its own process and starts the daemon, the second warms it), then the median of
     * {@code rounds}; wall time only (the daemon's CPU is not this process's child's).
     */
    private void batchThroughWarmDaemon(List<String> kb, Path out, int rounds) throws IOException, InterruptedException {
        String home = System.getProperty("kb.home", ".");
        Path dir = Files.createTempDirectory("kb-bench-daemon-batch-");
        Map<String, String> env = Map.of("KB_DAEMON_DIR", dir.toString());
        try {
            String loadBefore = loadAverage();
            wallSeconds(kb, null, env);
            Thread.sleep(3000); // the daemon starts as the first run ends
            wallSeconds(kb, null, env);
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                walls.add(wallSeconds(kb, null, env));
            }
            long lines = Files.readAllLines(out).size();
            if (lines != DISK_CASES) {
                throw new IllegalStateException("kb evaluate through the daemon wrote " + lines + " lines for " + DISK_CASES + " cases");
            }
            double perSecond = DISK_CASES / median(walls);
            rows.add(new Row("batch from disk through the CLI, the same command run again: ./kb hands it to a warm daemon (median of "
                    + rounds + ")", fmt(perSecond, 0) + " cases/s", "≥ 3,000", perSecond >= 3000 ? "met" : "NOT met"));
            rows.add(new Row("  load average (1 min) before / after those runs, " + Runtime.getRuntime().availableProcessors()
                    + " cores", loadBefore + " / " + loadAverage(), "", ""));
        } finally {
            stopDaemons(home, dir);
            Files.deleteIfExists(out);
        }
    }

    /** The java command the launcher would run for {@code kb} (asked with {@code KB_SHOW_JAVA=1}). */
    private static List<String> launcherCommand(List<String> kb, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder show = new ProcessBuilder(kb).redirectError(ProcessBuilder.Redirect.DISCARD);
        show.environment().putAll(env);
        show.environment().put("KB_SHOW_JAVA", "1");
        Process p = show.start();
        List<String> command = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !command.contains("-jar")) {
            throw new IllegalStateException("KB_SHOW_JAVA=1 " + String.join(" ", kb) + " did not print the java command");
        }
        return command;
    }

    /** User + system CPU seconds of this process's finished children (Linux: fields 16 and 17 of /proc/self/stat). */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the name: field 3 is f[0], so cutime (16) is f[13] and cstime (17) is f[14]; 100 ticks a second on Linux.
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * kb impact over 10,000 cases against one batch evaluation of them, and kb whatif on
     * Batam–Gimje: its time and the candidates it evaluates per second (single changes screened in
     * one session plus whole cases evaluated on pooled sessions).
     */
    private void whatIfAndImpact() throws Exception {
        double batchMs = 0;
        double impactMs = 0;
        double whatIfMs = 0;
        for (RunResult r : new Runner(options(WhatIfImpactBenchmark.class).build()).run()) {
            String name = r.getParams().getBenchmark();
            double ms = r.getPrimaryResult().getScore();
            if (name.endsWith("batchOfTenThousand")) {
                batchMs = ms;
            } else if (name.endsWith("impactOfTenThousand")) {
                impactMs = ms;
            } else {
                whatIfMs = ms;
            }
        }
        double ratio = impactMs / batchMs;
        rows.add(new Row("impact: 10,000 cases of ~60 facts, two rule sets, 2 threads", fmt(impactMs / 1000, 2) + " s", "", ""));
        rows.add(new Row("batch: the same 10,000 cases, one rule set (Trace.COUNTS)", fmt(batchMs / 1000, 2) + " s", "", ""));
        rows.add(new Row("impact / one batch evaluation", fmt(ratio, 2) + " x", "≤ 2", ratio <= 2 ? "met" : "NOT met"));
        rows.add(new Row("whatif facts/batam-gimje, rules compiled, warm", fmt(whatIfMs, 0) + " ms", "< 2,000 ms",
                whatIfMs < 2000 ? "met" : "NOT met"));
        rows.add(new Row("whatif: candidates evaluated per second", fmt(WhatIfImpactBenchmark.candidates() / (whatIfMs / 1000), 0)
                + " /s", "", ""));
    }

    /**
     * Reading alone (see {@link ReadingBenchmark}): kb's loader and a bare Jackson parse of the same
     * files, side by side in every invocation; the ratio is the median over the iterations.
     */
    private void reading() throws RunnerException {
        SideBySide loader = sideBySide(ReadingBenchmark.class, "loaderNanos", "plainNanos", "floorNanos", "hashingNanos");
        String of = "generated cases of " + ReadingBenchmark.ACTIVITIES + " activities (9 files), 1 thread, median";
        rows.add(new Row("reading alone: kb's loader as kb evaluate DIR reads (syntax, schema, binding, checks; no hashes), " + of,
                fmt(loader.micros(0), 0) + " µs/case", "", ""));
        rows.add(new Row("reading alone: bare Jackson streaming parse of the same files, side by side, " + of,
                fmt(loader.micros(1), 0) + " µs/case", "", ""));
        double ratio = loader.ratio(0, 1);
        rows.add(new Row("reading alone vs bare Jackson: loader / plain parse, measured side by side", fmt(ratio, 2) + " x",
                "≤ 2", ratio <= 2 ? "met" : "NOT met"));
        rows.add(new Row("  the loader keeping each file's SHA-256 (one case, audit records, reports) / plain parse",
                fmt(loader.ratio(3, 1), 2) + " x", "", ""));
        rows.add(new Row("  floor of any read, side by side (each file read whole + one token pass making each string; no schema, "
                + "binding or checks) / plain parse", fmt(loader.ratio(2, 1), 2) + " x", "", ""));
    }

    /** Medians over every iteration of a benchmark that times several ways side by side: each way per round, and ratios between them. */
    private record SideBySide(List<List<Double>> nanos, List<Double> rounds) {
        /** Microseconds per round of way {@code way}, the median over the iterations. */
        double micros(int way) {
            List<Double> each = new ArrayList<>();
            for (int i = 0; i < rounds.size(); i++) {
                each.add(nanos.get(way).get(i) / rounds.get(i) / 1000);
            }
            return median(each);
        }

        /** Way {@code a}'s time over way {@code b}'s, the median over the iterations. */
        double ratio(int a, int b) {
            List<Double> each = new ArrayList<>();
            for (int i = 0; i < rounds.size(); i++) {
                each.add(nanos.get(a).get(i) / nanos.get(b).get(i));
            }
            return median(each);
        }
    }

    /** Runs {@code benchmark} and reads, for each iteration, its counters of nanoseconds ({@code ways}) and {@code pairs}. */
    private SideBySide sideBySide(Class<?> benchmark, String... ways) throws RunnerException {
        List<List<Double>> nanos = new ArrayList<>();
        for (String ignored : ways) {
            nanos.add(new ArrayList<>());
        }
        List<Double> rounds = new ArrayList<>();
        for (RunResult r : new Runner(options(benchmark).build()).run()) {
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    for (int w = 0; w < ways.length; w++) {
                        nanos.get(w).add(i.getSecondaryResults().get(ways[w]).getScore());
                    }
                    rounds.add(i.getSecondaryResults().get("pairs").getScore());
                }
            }
        }
        return new SideBySide(nanos, rounds);
    }

    private void scale() throws RunnerException, IOException {
        Path heapFile = Files.createTempFile("kb-bench-heap-", ".txt");
        // 100,000 activities: warmed up like any benchmark. 1,000,000: one warm-up and one
        // measured shot, so the run stays within minutes.
        ChainedOptionsBuilder small100k = options(ScaleBenchmark.class).param("activities", "100000")
                .jvmArgsAppend(SCALE_HEAP, "-Dkb.bench.heap=" + heapFile);
        ChainedOptionsBuilder large1m = options(ScaleBenchmark.class).param("activities", "1000000")
                .jvmArgsAppend(SCALE_HEAP, "-Dkb.bench.heap=" + heapFile).warmupIterations(1).measurementIterations(1);
        if (quick) {
            small100k = small100k.warmupIterations(0).measurementIterations(1);
        }
        List<RunResult> results = new ArrayList<>(new Runner(small100k.build()).run());
        results.addAll(new Runner(large1m.build()).run());
        double small = 0;
        double large = 0;
        for (RunResult r : results) {
            double ms = r.getPrimaryResult().getScore();
            if (r.getParams().getParam("activities").equals("100000")) {
                small = ms;
            } else {
                large = ms;
            }
        }
        long peak = 0;
        for (String line : Files.readAllLines(heapFile)) {
            String[] parts = line.trim().split(" ");
            if (parts[0].equals("1000000")) {
                peak = Math.max(peak, Long.parseLong(parts[1]));
            }
        }
        Files.deleteIfExists(heapFile);
        rows.add(new Row("one case, 100,000 activities (" + SCALE_HEAP + " fork)", fmt(small / 1000, 2) + " s", "", ""));
        rows.add(new Row("one case, 1,000,000 activities (" + SCALE_HEAP + " fork)", fmt(large / 1000, 2) + " s", "", ""));
        double ratio = large / small;
        rows.add(new Row("time ratio 1,000,000 / 100,000", fmt(ratio, 1) + " x", "≤ 12", ratio <= 12 ? "met" : "NOT met"));
        double gb = peak / 1e9;
        rows.add(new Row("heap needed, 1,000,000 activities (live set after GC)", fmt(gb, 2) + " GB", "≤ 1.5 GB",
                gb <= 1.5 ? "met" : "NOT met"));
        wholeRunInOneAndAHalfGigabytes();
    }

    /**
     * The heap target as a user meets it: {@code kb evaluate} of the million-activity case,
     * reading and checking its 250 MB of JSON included, in a JVM that may not grow past 1.5 GB
     * ({@code KB_JAVA_OPTS=-Xmx1536m ./kb evaluate ...}). It either completes or runs out of memory.
     */
    private void wholeRunInOneAndAHalfGigabytes() throws IOException {
        List<Path> folders = BenchCases.generate(1, 1_000_000);
        Path root = folders.get(0).getParent().getParent();
        Path gcLog = root.resolve("gc.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1536m", "-XX:+UseG1GC", "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "kb.cli.Main", "evaluate", folders.get(0).toString(), "--rules", BenchCases.rulesFolder().toString(),
                "--max-file-size", "1000000000", "--max-firings", "20000000", "--format", "json");
        long start = System.nanoTime();
        String outcome;
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(root.resolve("stderr.txt").toFile()).start();
            boolean done = p.waitFor(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            String err = Files.readString(root.resolve("stderr.txt"));
            outcome = !done ? "did not finish in 10 min"
                    : p.exitValue() == 0 ? "completes, " + fmt(seconds, 1) + " s, fullest after GC "
                            + fmt(fullestAfterGc(gcLog) / 1024.0, 2) + " GB"
                    : err.contains("OutOfMemoryError") ? "out of memory" : "failed (exit " + p.exitValue() + ")";
            if (!done) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = "interrupted";
        }
        rows.add(new Row("whole run: kb evaluate of the 1,000,000-activity case (read, check, evaluate) with -Xmx1536m",
                outcome, "completes", outcome.startsWith("completes") ? "met" : "NOT met"));
        BenchCases.delete(root);
    }

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** The largest heap occupancy, in MiB, right after any collection of a {@code -Xlog:gc} log. */
    private static long fullestAfterGc(Path gcLog) throws IOException {
        long fullest = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                fullest = Math.max(fullest, Long.parseLong(m.group(2)));
            }
        }
        return fullest;
    }

    /**
     * Wall time of fresh processes, alternated so all see the same machine load: the kb
     * launcher as a user runs it, in a process of its own ({@code KB_DAEMON=off}), once with the
     * rules compiled (an empty compiled-rules cache, as after any rule edit) and once reading them
     * from the cache (rules unchanged since the last run); through the warm background process
     * (kb.daemon): the first run ever (no daemon yet, an empty rules cache: the command runs in
     * the client's process, which starts a daemon as it ends), a daemon already warm with a rule just edited (compiled in the warm JVM),
     * and the same daemon with the rules unchanged since its last command; and the plain Drools
     * program on equal terms: the very java flags and class-data archive the launcher uses for
     * this command in a process of its own (asked with {@code KB_SHOW_JAVA=1}), the baseline's
     * one class appended to the class path. Each is run once first (unmeasured), which also
     * records the archive, fills the cache for the cache-hit runs and starts the warm daemon,
     * which then answers one command before the measured rounds: warm, as the rows say.
     */
    private void coldStart() throws IOException, InterruptedException {
        String home = System.getProperty("kb.home", ".");
        List<String> kb = List.of(home + "/kb", "evaluate", home + "/facts/batam-gimje");
        List<String> plain = plainDroolsLikeTheLauncher(home, kb);
        Path hitCache = Files.createTempDirectory("kb-bench-cache-hit-");
        Map<String, String> off = Map.of("KB_DAEMON", "off");
        // The warm daemon's own folder and rules (a copy, edited before each "rules edited" run).
        Path warmDir = Files.createTempDirectory("kb-bench-daemon-");
        Path rulesCopy = Files.createTempDirectory("kb-bench-rules-");
        try (var files = Files.list(Path.of(home, "rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rulesCopy.resolve(f.getFileName()));
            }
        }
        Path edited = rulesCopy.resolve("decide.drl");
        List<String> kbCopy = List.of(home + "/kb", "evaluate", home + "/facts/batam-gimje", "--rules", rulesCopy.toString());
        Path warmCache = Files.createTempDirectory("kb-bench-cache-warm-");
        Map<String, String> warm = Map.of("KB_DAEMON_DIR", warmDir.toString(), "KB_CACHE_DIR", warmCache.toString());
        String loadBefore = loadAverage();
        wallSeconds(kb, emptyCache(), off);
        wallSeconds(kb, hitCache, off);
        wallSeconds(plain, null, Map.of());
        firstRunEver(kb);
        // Warm, as the rows say: the first run goes to a process of its own and starts the daemon; once it is up,
        // one command to it (its first compile). Without this, the first measured round was the daemon's first command.
        wallSeconds(kbCopy, null, warm);
        daemon(home, warmDir, "start");
        wallSeconds(kbCopy, null, warm);
        int rounds = quick ? 2 : 5;
        List<Double> coldTimes = new ArrayList<>();
        List<Double> hitTimes = new ArrayList<>();
        List<Double> plainTimes = new ArrayList<>();
        List<Double> firstTimes = new ArrayList<>();
        List<Double> editedTimes = new ArrayList<>();
        List<Double> unchangedTimes = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            coldTimes.add(wallSeconds(kb, emptyCache(), off));
            hitTimes.add(wallSeconds(kb, hitCache, off));
            plainTimes.add(wallSeconds(plain, null, Map.of()));
            firstTimes.add(firstRunEver(kb));
            // A comment is enough: the rules' SHA-256 changes, so they are compiled again.
            Files.writeString(edited, "\n// edited by bench/run, round " + i + "\n", java.nio.file.StandardOpenOption.APPEND);
            editedTimes.add(wallSeconds(kbCopy, null, warm));
            unchangedTimes.add(wallSeconds(kbCopy, null, warm));
        }
        String loadAfter = loadAverage();
        stopDaemons(home, warmDir);
        BenchCases.delete(hitCache);
        BenchCases.delete(warmCache);
        BenchCases.delete(rulesCopy);
        BenchCases.delete(warmDir);
        double cold = median(coldTimes);
        double hit = median(hitTimes);
        double p = median(plainTimes);
        double first = median(firstTimes);
        double warmEdited = median(editedTimes);
        double warmUnchanged = median(unchangedTimes);
        String of = " (median of " + rounds + ")";
        rows.add(new Row("no daemon (KB_DAEMON=off), rules compiled (empty rules cache): ./kb evaluate facts/batam-gimje" + of,
                fmt(cold, 2) + " s", "", ""));
        rows.add(new Row("no daemon (KB_DAEMON=off), cache hit, rules unchanged since the last run: ./kb evaluate facts/batam-gimje" + of,
                fmt(hit, 2) + " s", "", ""));
        rows.add(new Row("daemon, first run ever (none running, empty rules cache: runs in its own process, starts one as it ends)" + of,
                fmt(first, 2) + " s", "", ""));
        rows.add(new Row("daemon warm, a rule edited since its last command (compiled in the warm JVM)" + of,
                fmt(warmEdited, 2) + " s", "", ""));
        rows.add(new Row("daemon warm, rules unchanged since its last command" + of, fmt(warmUnchanged, 2) + " s", "", ""));
        rows.add(new Row("plain Drools: KieBuilder builds rules/ and fires once, the launcher's JVM flags and CDS archive" + of,
                fmt(p, 2) + " s", "", ""));
        rows.add(new Row("cold start ratio, no daemon: rules compiled / plain Drools", fmt(cold / p, 2) + " x", "≤ 0.5",
                cold / p <= 0.5 ? "met" : "NOT met"));
        rows.add(new Row("cache hit ratio, no daemon: rules from the cache / plain Drools", fmt(hit / p, 2) + " x", "≤ 0.3",
                hit / p <= 0.3 ? "met" : "NOT met"));
        rows.add(new Row("first run ever ratio: no daemon yet / plain Drools", fmt(first / p, 2) + " x", "", ""));
        rows.add(new Row("cold start ratio, daemon warm: rule edited, compiled / plain Drools", fmt(warmEdited / p, 2) + " x", "≤ 0.5",
                warmEdited / p <= 0.5 ? "met" : "NOT met"));
        rows.add(new Row("cache hit ratio, daemon warm: rules unchanged / plain Drools", fmt(warmUnchanged / p, 2) + " x", "≤ 0.3",
                warmUnchanged / p <= 0.3 ? "met" : "NOT met"));
        rows.add(new Row("load average (1 min) before / after the cold-start runs, " + Runtime.getRuntime().availableProcessors()
                + " cores", loadBefore + " / " + loadAfter, "", ""));
    }

    /** One run with no daemon yet (a folder of its own) and an empty rules cache; the daemon it started is stopped after. */
    private static double firstRunEver(List<String> kb) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("kb-bench-daemon-first-");
        try {
            return wallSeconds(kb, emptyCache(), Map.of("KB_DAEMON_DIR", dir.toString()));
        } finally {
            // the daemon it started as it ended: waited for, then stopped, so it takes no CPU from the next runs
            daemon(System.getProperty("kb.home", "."), dir, "start");
            stopDaemons(System.getProperty("kb.home", "."), dir);
            BenchCases.delete(dir);
        }
    }

    private static void stopDaemons(String home, Path dir) throws IOException, InterruptedException {
        daemon(home, dir, "stop");
    }

    private static void daemon(String home, Path dir, String action) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(home + "/kb", "daemon", action).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("KB_DAEMON_DIR", dir.toString());
        b.start().waitFor(2, TimeUnit.MINUTES);
    }

    /**
     * The java command the launcher runs for {@code kb} (its flags and archive), with the
     * baseline in place of the tool: the same class path plus a jar holding only PlainDrools,
     * so class-data sharing accepts the archive (its class path is a prefix of this one).
     */
    private static List<String> plainDroolsLikeTheLauncher(String home, List<String> kb) throws IOException, InterruptedException {
        ProcessBuilder show = new ProcessBuilder(kb).redirectError(ProcessBuilder.Redirect.DISCARD);
        show.environment().put("KB_SHOW_JAVA", "1");
        show.environment().put("KB_DAEMON", "off"); // the java command of a process of its own, not the daemon's client
        Process p = show.start();
        List<String> launcher = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !launcher.contains("-jar")) {
            throw new IllegalStateException("KB_SHOW_JAVA=1 " + String.join(" ", kb) + " did not print the java command");
        }
        int jar = launcher.indexOf("-jar");
        Path plainJar = Path.of(home, "target", "bench", "plain-drools.jar");
        String entry = PlainDrools.class.getName().replace('.', '/') + ".class";
        try (var in = PlainDrools.class.getClassLoader().getResourceAsStream(entry);
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(plainJar))) {
            out.putNextEntry(new java.util.jar.JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        List<String> command = new ArrayList<>(launcher.subList(0, jar));
        command.addAll(List.of("-cp", launcher.get(jar + 1) + java.io.File.pathSeparator + plainJar,
                PlainDrools.class.getName(), home + "/rules"));
        return command;
    }

    private static Path emptyCache() throws IOException {
        return Files.createTempDirectory("kb-bench-cache-cold-");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Wall seconds of one run; {@code cache}, when given, is the run's compiled-rules cache (an empty one is deleted after). */
    private static double wallSeconds(List<String> command, Path cache, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        b.environment().putAll(env);
        if (cache != null) {
            b.environment().put("KB_CACHE_DIR", cache.toString());
        }
        boolean empty = cache != null && cache.getFileName().toString().startsWith("kb-bench-cache-cold-");
        long start = System.nanoTime();
        Process p = b.start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (empty) {
            BenchCases.delete(cache);
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private void print(Path markdown) throws IOException {
        String when = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + (quick ? ", QUICK run (short measurements: not for quoting)" : "");
        int w = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
        StringBuilder text = new StringBuilder("\nkb speed, " + when + ", " + machine + "\n\n");
        text.append(pad("figure", w)).append("  ").append(pad("measured", 16)).append("  ").append(pad("target", 10))
                .append("  result\n");
        StringBuilder md = new StringBuilder("Measured " + when + ", " + machine + ".\n\n| figure | measured | target | result |\n|---|---:|---|---|\n");
        for (Row r : rows) {
            text.append(pad(r.figure(), w)).append("  ").append(pad(r.measured(), 16)).append("  ")
                    .append(pad(r.target(), 10)).append("  ").append(r.verdict()).append('\n');
            md.append("| ").append(r.figure().trim()).append(" | ").append(r.measured()).append(" | ")
                    .append(r.target()).append(" | ").append(r.verdict()).append(" |\n");
        }
        System.out.print(text);
        Files.createDirectories(markdown.toAbsolutePath().getParent());
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        System.out.println("\n(Markdown table written to " + markdown + ")");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
