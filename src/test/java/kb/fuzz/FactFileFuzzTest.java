package kb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kb.Shipped;
import kb.engine.Evaluator;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.report.ResultJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of damaged copies of the Batam–Gimje case — cut short, wrong types, huge
 * strings, deep nesting, random Unicode and bytes, missing and extra fields, duplicated
 * items, deleted files — each loaded and, when it loads, evaluated with the shipped rules
 * (compiled once). Every one must end in a clear error (a {@link BadFactsException} whose
 * every line says {@code file...: message}) or a valid result: never another exception,
 * never a hang. The mutations come from one seeded random stream, so every run tries the same
 * inputs and a failure names the mutations that replay it.
 */
class FactFileFuzzTest {
    private static final int TRIES = 3000;
    private static final long SEED = 20131817L;
    /** A hang guard, not a speed test: one case normally takes milliseconds. */
    private static final long HANG_SECONDS = 30;

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger CLEAR_ERRORS = new AtomicInteger();
    private static final AtomicInteger VALID = new AtomicInteger();
    private static final AtomicInteger UNCAUGHT = new AtomicInteger();
    private static Map<String, byte[]> original;
    private static Evaluator evaluator;
    private static Path work;
    private static ExecutorService runner;

    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        original = DamagedCases.filesOf(Shipped.BATAM_GIMJE);
        evaluator = new Evaluator(Shipped.rules());
        work = Files.createTempDirectory("kb-fuzz");
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kb-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void report() throws IOException {
        System.out.printf("Fuzz: tried %d mutated cases: %d clear errors (exit 2), %d valid results, %d uncaught exceptions or hangs%n",
                TRIED.get(), CLEAR_ERRORS.get(), VALID.get(), UNCAUGHT.get());
        System.out.println("Fuzz: mutations used " + OUTCOMES);
        runner.shutdownNow();
        DamagedCases.delete(work);
        assertThat(TRIED.get()).as("inputs tried").isGreaterThanOrEqualTo(TRIES);
        assertThat(UNCAUGHT.get()).as("uncaught exceptions or hangs").isZero();
        assertThat(CLEAR_ERRORS.get()).as("the mutations do break files").isPositive();
        assertThat(VALID.get()).as("some mutations leave a valid case, so the rules run on odd input too").isPositive();
    }

    @Test
    void thousandsOfDamagedCasesEndInAClearErrorOrAValidResult() throws Exception {
        Random random = new Random(SEED);
        List<String> files = List.copyOf(original.keySet());
        for (int i = 0; i < TRIES; i++) {
            aDamagedCaseEndsInAClearErrorOrAValidResult(DamagedCases.randomMutations(random, files, 3));
        }
    }

    private void aDamagedCaseEndsInAClearErrorOrAValidResult(List<Mutation> mutations) throws Exception {
        TRIED.incrementAndGet();
        Map<String, byte[]> files = new LinkedHashMap<>(original);
        mutations.forEach(m -> Mutator.apply(m, files));
        Path folder = DamagedCases.write(work, files);

        Future<String> outcome = runner.submit(() -> evaluate(folder));
        String result;
        try {
            result = outcome.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            UNCAUGHT.incrementAndGet();
            throw new AssertionError("no answer after " + HANG_SECONDS + " s: a hang on " + mutations);
        } catch (ExecutionException e) {
            UNCAUGHT.incrementAndGet();
            throw new AssertionError("uncaught " + e.getCause() + " on " + mutations, e.getCause());
        }
        mutations.forEach(m -> OUTCOMES.merge(m.kind().name(), 1, Integer::sum));
        if (result.equals("valid")) {
            VALID.incrementAndGet();
        } else {
            CLEAR_ERRORS.incrementAndGet();
        }
    }

    /** "valid" or "clear error"; anything else is thrown and fails the property. */
    private static String evaluate(Path folder) throws Exception {
        try {
            CaseFacts facts = new CaseLoader().load(folder);
            String json = ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluator.evaluate(facts, false)));
            assertThat(json).contains("\"verdict\"");
            return "valid";
        } catch (BadFactsException e) {
            assertThat(e.problems()).isNotEmpty();
            for (String problem : e.problems()) {
                assertThat(problem).as("one line per problem").doesNotContain("\n", "\r")
                        .as("names the file or folder").startsWith(folder.toString())
                        .as("no Java internals").doesNotContain("\tat ", "tools.jackson", "com.fasterxml", "Exception:");
                assertThat(problem.substring(folder.toString().length())).as("says what is wrong").containsPattern(": \\S");
            }
            return "clear error";
        }
    }
}
