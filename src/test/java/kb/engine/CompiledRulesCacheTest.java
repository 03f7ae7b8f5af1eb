package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kb.Shipped;
import kb.TestFolders;
import kb.facts.CaseLoader;
import kb.report.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * Compiled rules reused across runs must never be stale or damaged rules: any change of any
 * file of the folder is another entry, an entry that does not read back whole is compiled
 * again, a broken folder is reported exactly as without the cache and never stored.
 */
class CompiledRulesCacheTest {
    @TempDir
    Path temp;

    private Path rulesCopy() {
        return TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
    }

    /** The result as JSON, with rule locations relative to the folder (the copy lives elsewhere than rules/). */
    private static String json(RuleBase rules, Path caseFolder) throws Exception {
        return ResultJson.WRITER.writeValueAsString(ResultJson.of(new Evaluator(rules).evaluate(new CaseLoader().load(caseFolder), false)))
                .replace(rules.folder() + "/", "rules/");
    }

    private static List<String> described(RuleBase rules) {
        return rules.catalogue().all().stream().map(i -> i.name() + " @ " + Path.of(i.file()).getFileName() + ":"
                + i.line() + " " + i.metadata()).toList();
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void aSecondLoadReadsTheCompiledRulesAndEvaluatesEveryCaseAlike() throws Exception {
        Path rules = rulesCopy();
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"));
        assertThat(cache.cached(RulesFolder.read(rules))).as("nothing cached yet").isNull();

        RuleBase.load(rules, cache);
        assertThat(entries(temp.resolve("cache"))).as("one entry, no temp file left").hasSize(1)
                .allMatch(p -> p.toString().endsWith(".bin"));
        assertThat(cache.cached(RulesFolder.read(rules))).as("the entry reads back").isNotNull();

        RuleBase fromCache = RuleBase.load(rules, cache);
        for (Path c : Shipped.casesWithExpectations()) {
            assertThat(json(fromCache, c)).as(c.toString()).isEqualTo(json(Shipped.rules(), c));
        }
        assertThat(described(fromCache)).as("rules keep their file, line and metadata")
                .isNotEmpty().isEqualTo(described(Shipped.rules()));
    }

    @Test
    void anyChangeInAnyFileOfTheFolderIsAnotherEntry() throws Exception {
        Path rules = rulesCopy();
        String original = CompiledRulesCache.key(RulesFolder.read(rules));
        List<Path> files;
        try (Stream<Path> list = Files.list(rules)) {
            files = list.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("parameters.json", "factors.json", "verdict.drl.csv", "f4-implementation.drl");
        for (Path f : files) {
            byte[] before = Files.readAllBytes(f);
            Files.writeString(f, Files.readString(f) + "\n");
            assertThat(CompiledRulesCache.key(RulesFolder.read(rules))).as("a blank line added to " + f).isNotEqualTo(original);
            Files.write(f, before);
        }
        assertThat(CompiledRulesCache.key(RulesFolder.read(rules))).as("the same bytes, the same entry").isEqualTo(original);
        Files.move(rules.resolve("f6-consequences.drl"), rules.resolve("f6-renamed.drl"));
        assertThat(CompiledRulesCache.key(RulesFolder.read(rules))).as("a renamed file").isNotEqualTo(original);
    }

    @Test
    void aRuleAddedAfterCachingIsCompiledIn() throws Exception {
        Path rules = rulesCopy();
        CompiledRulesCache cache = CompiledRulesCache.at(temp.resolve("cache"));
        RuleBase.load(rules, cache);
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4) + "\nrule \"Added after caching\"\nwhen\nthen\nend\n");

        RuleBase changed = RuleBase.load(rules, cache);
        assertThat(changed.kieBase().getRule("kb.rules", "Added after caching")).isNotNull();
        assertThat(entries(temp.resolve("cache"))).as("an entry for each version of the folder").hasSize(2);
        assertThat(RuleBase.load(rules, cache).kieBase().getRule("kb.rules", "Added after caching"))
                .as("read back from the cache").isNotNull();
    }

    @Test
    void aDamagedOrForeignEntryIsIgnoredAndCompiledAgain() throws Exception {
        Path rules = rulesCopy();
        Path dir = temp.resolve("cache");
        CompiledRulesCache cache = CompiledRulesCache.at(dir);
        List<RuleFile> files = RulesFolder.read(rules);
        RuleBase.load(rules, cache);
        Path entry = entries(dir).get(0);
        byte[] good = Files.readAllBytes(entry);

        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2)); // cut short
        byte[] flipped = good.clone();
        flipped[good.length * 2 / 3] ^= 0x20; // one bit in the compiled rules
        damaged.add(flipped);
        damaged.add("not an entry at all".getBytes(StandardCharsets.UTF_8));
        damaged.add(new byte[0]);
        damaged.add(entryOf("another key", serialised(new ArrayList<>(List.of("a", "b"))))); // written for other rules
        damaged.add(entryOf(CompiledRulesCache.key(files), serialised(new ArrayList<>(List.of("a", "b"))))); // not packages
        for (byte[] bad : damaged) {
            Files.write(entry, bad);
            assertThat(cache.cached(files)).isNull();
        }

        RuleBase rebuilt = RuleBase.load(rules, cache);
        assertThat(json(rebuilt, Shipped.BATAM_GIMJE)).isEqualTo(json(Shipped.rules(), Shipped.BATAM_GIMJE));
        assertThat(cache.cached(files)).as("the entry was written again").isNotNull();

        // An entry of another folder under this folder's name (copied by hand, say).
        Path f1 = rules.resolve("f1-beginning.drl");
        Files.writeString(f1, Files.readString(f1) + "\n// changed\n");
        List<RuleFile> changed = RulesFolder.read(rules);
        Files.copy(entry, dir.resolve(CompiledRulesCache.key(changed) + ".bin"));
        assertThat(cache.cached(changed)).isNull();
    }

    @Test
    void brokenRulesAreReportedAsWithoutTheCacheAndNeverStored() throws Exception {
        Path rules = rulesCopy();
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4) + "\nrule \"Broken\"\nwhen\n  NoSuchFact( x == 1 )\nthen\nend\n");
        Path dir = temp.resolve("cache");

        Throwable withCache = catchBuild(() -> RuleBase.load(rules, CompiledRulesCache.at(dir)));
        Throwable without = catchBuild(() -> RuleBase.load(rules, CompiledRulesCache.off()));
        assertThat(((RuleBuildException) withCache).problems()).isNotEmpty()
                .isEqualTo(((RuleBuildException) without).problems())
                .anyMatch(p -> p.contains("f4-implementation.drl:"));
        assertThat(entries(dir)).as("nothing stored").noneMatch(p -> p.toString().endsWith(".bin"));
        assertThatThrownBy(() -> RuleBase.load(rules, CompiledRulesCache.at(dir))).as("and still broken the next time")
                .isInstanceOf(RuleBuildException.class);
    }

    @Test
    void runsCompilingAtTheSameTimeShareOneEntry() throws Exception {
        Path rules = rulesCopy();
        Path dir = temp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> run = () -> json(RuleBase.load(rules, CompiledRulesCache.at(dir)), Shipped.BATAM_GIMJE);
            List<Future<String>> results = pool.invokeAll(List.of(run, run));
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(json(Shipped.rules(), Shipped.BATAM_GIMJE));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries(dir)).as("one whole entry, no temp file").hasSize(1);
        assertThat(CompiledRulesCache.at(dir).cached(RulesFolder.read(rules))).isNotNull();
    }

    @Test
    void offMeansNothingIsWritten() throws Exception {
        assertThat(CompiledRulesCache.off().cached(RulesFolder.read(Shipped.RULES))).isNull();
    }

    private interface Build {
        void run() throws Exception;
    }

    private static Throwable catchBuild(Build build) {
        try {
            build.run();
        } catch (Exception e) {
            assertThat(e).isInstanceOf(RuleBuildException.class);
            return e;
        }
        throw new AssertionError("the broken rules built");
    }

    private static byte[] serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    /** An entry in the cache's own layout, with a correct digest: only its content is wrong. */
    private static byte[] entryOf(String key, byte[] content) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(whole)) {
            out.write(CompiledRulesCache.FORMAT.getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(key);
            out.writeUTF(RulesFolder.sha256(content));
            out.write(content);
        }
        return whole.toByteArray();
    }
}
