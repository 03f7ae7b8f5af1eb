package kb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.cli.CliRunner;
import kb.facts.FactFileKind;
import org.junit.jupiter.api.Test;

/**
 * The second fuzz target: the command line as a user meets it. Each input is a damaged copy of
 * a small valid case (that of the bad-input table) — the damage of {@link FactFileFuzzTest}, plus what only a file system has
 * (symbolic links out of the case or to nothing, a FIFO where a file should be, a name close
 * to a fact file's), other encodings (UTF-16, Latin-1, a byte-order mark) and bad option
 * values — run through {@code kb evaluate} in-process. Each must end with an exit code from
 * 0 to 4, never a stack trace; exit 0 prints a verdict and nothing on stderr, any other
 * prints nothing on stdout and only lines that name a file or an option; a misspelt value put
 * at a known place is reported at exactly that line and column. Seeded: every run tries the
 * same inputs, and a failure names the seed that replays it.
 */
class CliFuzzTest {
    private static final int INPUTS = Integer.getInteger("kb.fuzz.cli.inputs", 10_000);
    private static final long SEED = 20180817L;
    private static final int THREADS = 2;
    private static final long HANG_SECONDS = 30;
    private static final Path BASE = Path.of("src/test/resources/bad-input/case");

    /** What an input does besides (or instead of) damaging the JSON. */
    enum Kind {
        JSON_DAMAGE, MISSPELT_VALUE_AT_KNOWN_PLACE, LINK_OUT_OF_CASE, DANGLING_LINK, FIFO, CLOSE_NAME,
        UTF16, LATIN1, BOM, BAD_OPTION
    }

    private final Map<String, byte[]> original = new LinkedHashMap<>();
    private final AtomicInteger uncaught = new AtomicInteger();
    private final AtomicInteger wrongExit = new AtomicInteger();
    private final AtomicInteger located = new AtomicInteger();
    private final Map<String, Integer> byExit = new ConcurrentHashMap<>();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    void tenThousandDamagedCasesThroughTheCommandLine() throws Exception {
        // The small case of the bad-input table: every kind of fact file, few facts, so ten
        // thousand runs fit in CI's minute or two; FactFileFuzzTest damages the real case.
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path f : files.sorted().toList()) {
                if (!f.getFileName().toString().equals(FactFileKind.EXPECTED_FILE)) {
                    original.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
        }
        Path work = Files.createTempDirectory("kb-cli-fuzz");
        Path outside = Files.writeString(work.resolve("outside.json"), "{\"outcomes\": []}");
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int lane = 0; lane < THREADS; lane++) {
                int l = lane;
                lanes.add(pool.submit(() -> {
                    ExecutorService runner = Executors.newSingleThreadExecutor();
                    try {
                        for (int i = l; i < INPUTS; i += THREADS) {
                            tryOne(i, work.resolve("lane-" + l), outside, runner);
                        }
                    } finally {
                        runner.shutdownNow();
                    }
                    return null;
                }));
            }
            for (Future<?> f : lanes) {
                f.get(15, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("Fuzz (CLI): %d inputs, %d uncaught, %d wrong exit codes (%d s; exit codes %s; %d misspelt values found at their line:column)%n",
                INPUTS, uncaught.get(), wrongExit.get(), seconds, new TreeMap<>(byExit), located.get());
        assertThat(failures).as("first failures").isEmpty();
        assertThat(uncaught.get()).isZero();
        assertThat(wrongExit.get()).isZero();
        assertThat(byExit).containsKeys("0", "2");
        assertThat(located.get()).isPositive();
    }

    private void tryOne(int i, Path lane, Path outside, ExecutorService runner) {
        Random random = new Random(SEED + i);
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        Path folder = lane.resolve("case");
        List<String> args = new ArrayList<>(List.of("evaluate", folder.toString()));
        String expectedPlace = null;
        try {
            resetFolder(folder);
            Map<String, byte[]> files = new LinkedHashMap<>(original);
            List<String> names = List.copyOf(files.keySet());
            String file = names.get(random.nextInt(names.size()));
            switch (kind) {
                case JSON_DAMAGE -> {
                    Mutation.Kind[] kinds = Mutation.Kind.values();
                    for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
                        Mutator.apply(new Mutation(kinds[random.nextInt(kinds.length)], names.get(random.nextInt(names.size())),
                                random.nextLong()), files);
                    }
                }
                case MISSPELT_VALUE_AT_KNOWN_PLACE -> expectedPlace = misspell(files, random);
                case UTF16 -> files.put(file, new String(files.get(file), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
                case LATIN1 -> files.put(file, (new String(files.get(file), StandardCharsets.UTF_8) + " ")
                        .replace("\"summary\": \"", "\"summary\": \"caf\u00e9 ").getBytes(StandardCharsets.ISO_8859_1));
                case BOM -> {
                    byte[] b = files.get(file);
                    byte[] withBom = new byte[b.length + 3];
                    withBom[0] = (byte) 0xEF;
                    withBom[1] = (byte) 0xBB;
                    withBom[2] = (byte) 0xBF;
                    System.arraycopy(b, 0, withBom, 3, b.length);
                    files.put(file, withBom);
                }
                case BAD_OPTION -> args.addAll(badOption(random));
                default -> { }
            }
            write(folder, files);
            Path target = folder.resolve(file);
            switch (kind) {
                case LINK_OUT_OF_CASE -> relink(target, outside);
                case DANGLING_LINK -> relink(target, folder.resolve("gone-" + i + ".json"));
                case FIFO -> fifo(target);
                case CLOSE_NAME -> Files.move(target, folder.resolve(closeName(file, random)));
                default -> { }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        check(i, kind, args, folder, expectedPlace, runner);
    }

    private void check(int i, Kind kind, List<String> args, Path folder, String expectedPlace, ExecutorService runner) {
        String what = "input " + i + " (" + kind + ", seed " + (SEED + i) + ")";
        CliRunner r;
        try {
            r = runner.submit(() -> CliRunner.run(args.toArray(String[]::new))).get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            uncaught.incrementAndGet();
            fail(what + ": no clean end: " + e);
            return;
        }
        byExit.merge(String.valueOf(r.exitCode()), 1, Integer::sum);
        if (r.exitCode() < 0 || r.exitCode() > 4 || kind.ordinal() >= Kind.LINK_OUT_OF_CASE.ordinal()
                && kind != Kind.BOM && kind != Kind.LATIN1 && kind != Kind.UTF16 && r.exitCode() != 2) {
            wrongExit.incrementAndGet();
            fail(what + ": exit " + r.exitCode() + "\n" + r.err());
            return;
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error")) {
            uncaught.incrementAndGet();
            fail(what + ": a stack trace or internal error: " + r.err().lines().limit(3).toList());
            return;
        }
        if (r.exitCode() == 0) {
            if (!r.out().contains("Verdict:") || !r.err().isEmpty()) {
                fail(what + ": exit 0 without a verdict, or with messages: " + r.err());
            }
            return;
        }
        if (!r.out().isEmpty()) {
            fail(what + ": exit " + r.exitCode() + " but something on stdout");
        }
        // A bad option value is picocli's to word, after the command's name ("kb evaluate: Invalid value
        // for option ..."); the rest name a file or an option.
        List<String> lines = kind == Kind.BAD_OPTION ? r.err().lines().limit(1).toList() : r.err().lines().toList();
        for (String line : lines) {
            if (!line.startsWith(folder.toString()) && !line.startsWith("--") && !line.startsWith("kb evaluate: Invalid value for option")) {
                fail(what + ": a message that names no file or option: " + line);
            }
        }
        if (expectedPlace != null) {
            if (r.err().contains(expectedPlace)) {
                located.incrementAndGet();
            } else {
                fail(what + ": expected a message at " + expectedPlace + ", got " + r.err().lines().limit(3).toList());
            }
        }
    }

    private void fail(String message) {
        if (failures.size() < 5) {
            failures.add(message);
        }
    }

    private static final Pattern BASIS = Pattern.compile("\"basis\": \"([A-Z_]+)\"");

    /** Misspells one "basis" value and returns "file:line:column" of its opening quote. */
    private static String misspell(Map<String, byte[]> files, Random random) {
        List<String> withBasis = files.keySet().stream()
                .filter(f -> BASIS.matcher(new String(files.get(f), StandardCharsets.UTF_8)).find()).toList();
        String file = withBasis.get(random.nextInt(withBasis.size()));
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        List<Integer> starts = new ArrayList<>();
        Matcher m = BASIS.matcher(text);
        while (m.find()) {
            starts.add(m.start(1) - 1);
        }
        int quote = starts.get(random.nextInt(starts.size()));
        String value = text.substring(quote + 1, text.indexOf('"', quote + 1));
        files.put(file, (text.substring(0, quote + 1) + value + "X" + text.substring(quote + 1 + value.length()))
                .getBytes(StandardCharsets.UTF_8));
        int line = 1 + (int) text.substring(0, quote).chars().filter(c -> c == '\n').count();
        int column = 1 + text.substring(0, quote).codePointCount(text.lastIndexOf('\n', quote - 1) + 1, quote);
        return file + ":" + line + ":" + column + ":";
    }

    private static List<String> badOption(Random random) {
        String[][] options = {
            {"--max-firings", String.valueOf(-random.nextInt(1000))},
            {"--max-file-size", String.valueOf(-random.nextInt(1000))},
            {"--timeout", String.valueOf(-random.nextInt(10))},
            {"--format", "xml"},
            {"--output", "/dev/null"},
            {"--audit", "/proc/self/status"},
        };
        return List.of(options[random.nextInt(options.length)]);
    }

    private static String closeName(String file, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> file.toUpperCase(java.util.Locale.ROOT);
            case 1 -> file + ".txt";
            default -> file + " ";
        };
    }

    private static void relink(Path target, Path to) throws IOException {
        Files.deleteIfExists(target);
        Files.createSymbolicLink(target, to);
    }

    private static void fifo(Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Process p = new ProcessBuilder("mkfifo", target.toString()).start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void resetFolder(Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.list(folder)) {
                for (Path p : all.toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getValue() != null) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
        }
    }
}
