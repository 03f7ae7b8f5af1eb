package kb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * {@link CaseLoader#load} first reads a case quickly, keeping nothing for a message, and reads it
 * again the careful way when anything is wrong. On damaged copies of Batam–Gimje (the fuzz
 * test's mutations, another seed) it must agree with the careful way alone: the same problems,
 * word for word, or facts that give the same result and the same file hashes. A quick read that
 * let through what the careful one refuses would show here as a result where a message is due.
 */
class QuickReadAgreesTest {
    private static final int TRIES = 1000;
    private static final long SEED = 20261202L;

    private static Map<String, byte[]> original;
    private static Evaluator evaluator;
    private static Path work;
    private static int bad;
    private static int good;

    @BeforeAll
    static void setUp() throws IOException {
        original = DamagedCases.filesOf(Shipped.BATAM_GIMJE);
        evaluator = new Evaluator(Shipped.rules());
        work = Files.createTempDirectory("kb-quick");
    }

    @AfterAll
    static void tearDown() throws IOException {
        DamagedCases.delete(work);
    }

    @Test
    void theQuickReadAndTheCarefulOneAgreeOnDamagedCases() throws Exception {
        Random random = new Random(SEED);
        List<String> files = List.copyOf(original.keySet());
        for (int i = 0; i < TRIES; i++) {
            List<Mutation> mutations = DamagedCases.randomMutations(random, files, 2);
            Map<String, byte[]> damaged = new LinkedHashMap<>(original);
            mutations.forEach(m -> Mutator.apply(m, damaged));
            agree(DamagedCases.write(work, damaged), mutations);
        }
        assertThat(bad).as("cases the mutations broke").isPositive();
        assertThat(good).as("cases still good after a mutation").isPositive();
    }

    @Test
    void theUndamagedCaseReadsTheSameBothWays() throws Exception {
        agree(Shipped.BATAM_GIMJE, List.of());
    }

    @Test
    void aFieldGivenTwiceIsRefusedBothWays() throws Exception {
        // The quick read finds duplicate keys as it builds the tree; the last value must never win in silence.
        Map<String, byte[]> files = new LinkedHashMap<>(original);
        String motives = new String(files.get("motives.json"), java.nio.charset.StandardCharsets.UTF_8);
        files.put("motives.json", motives.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{\"$schema\": \"a\", "))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path folder = DamagedCases.write(work, files);
        assertThat(outcome(() -> new CaseLoader().load(folder))).startsWith("problems").contains("duplicate field \"$schema\"")
                .isEqualTo(outcome(() -> new CaseLoader().loadCarefully(folder)));
        files.put("motives.json", motives.replaceFirst("\"id\"", "\"id\": \"M-x\", \"id\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        DamagedCases.write(work, files);
        assertThat(outcome(() -> new CaseLoader().load(folder))).startsWith("problems").contains("duplicate field \"id\"")
                .isEqualTo(outcome(() -> new CaseLoader().loadCarefully(folder)));
    }

    private static void agree(Path folder, List<Mutation> mutations) throws Exception {
        CaseLoader loader = new CaseLoader();
        String quick = outcome(() -> loader.load(folder));
        String careful = outcome(() -> new CaseLoader().loadCarefully(folder));
        assertThat(quick).as("after " + mutations).isEqualTo(careful);
        if (careful.startsWith("problems")) {
            bad++;
        } else {
            good++;
        }
    }

    private interface Load {
        CaseFacts get() throws BadFactsException;
    }

    /** The problems, or the result and the hashes of the files read. */
    private static String outcome(Load load) throws Exception {
        try {
            CaseFacts facts = load.get();
            return "result " + ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluator.evaluate(facts, false)))
                    + " hashes " + facts.sha256() + " facts " + facts.facts().stream().map(f -> f.getId()).toList();
        } catch (BadFactsException e) {
            return "problems " + e.problems();
        }
    }
}
