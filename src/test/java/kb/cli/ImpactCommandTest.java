package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.TestFolders;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.scenario.ScenarioLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb impact}: with a copy of the rules where two realised activities are needed, it
 * reports exactly the cases and scenarios whose F4 result changes (found here by evaluating each
 * one with both rule sets, not by the command's own comparison) and exits 1; with an unchanged
 * copy it reports none and exits 0.
 */
class ImpactCommandTest {
    @TempDir
    static Path tmp;
    static Path stricter;
    static Path unchanged;

    @BeforeAll
    static void copies() {
        stricter = TestFolders.copy(Path.of("rules"), tmp.resolve("rules-two-activities"));
        TestFolders.edit(stricter.resolve("parameters.json"), "\"id\": \"min-realised-activities\", \"type\": \"count\", \"number\": 1,",
                "\"id\": \"min-realised-activities\", \"type\": \"count\", \"number\": 2,");
        unchanged = TestFolders.copy(Path.of("rules"), tmp.resolve("rules-same"));
    }

    @Test
    void aStricterThresholdReportsExactlyTheCasesWhoseF4ChangesAndExitsOne() throws Exception {
        List<String> args = shippedCasesAndScenarios();
        TreeSet<String> expected = casesWhoseF4Changes(args, stricter);
        assertThat(expected).as("the shipped scenarios include one where a single activity meets F4").isNotEmpty();

        CliRunner r = run(args, "--baseline-rules", "rules", "--rules", stricter.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        JsonNode json = new ObjectMapper().readTree(r.out());
        TreeSet<String> reported = new TreeSet<>();
        for (JsonNode c : json.get("cases")) {
            reported.add(c.get("case").asText());
            assertThat(c.get("changedFactors").toString()).contains("F4");
            assertThat(c.get("baseline").get("factors").get("F4").asText()).isEqualTo("MET");
            assertThat(c.get("new").get("factors").get("F4").asText()).isNotEqualTo("MET");
            assertThat(c.get("firedOnlyInBaseline").toString()).contains("F4.M");
        }
        assertThat(reported).isEqualTo(expected);
        assertThat(json.get("compared").asInt()).isEqualTo(inputCount(args));
        assertThat(r.err()).contains("facts/schema: no case folder or scenario in it; skipped")
                .contains(expected.size() + " of " + inputCount(args) + " cases change");
    }

    @Test
    void theShippedCasesAloneChangeExactlyWhenTheirF4Does() throws Exception {
        List<String> args = shippedCases();
        TreeSet<String> expected = casesWhoseF4Changes(args, stricter);
        CliRunner r = run(args, "--baseline-rules", "rules", "--rules", stricter.toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(expected.isEmpty() ? ExitCode.OK : ExitCode.RULES_OR_CHECK_FAILED);
        List<String> rows = r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(new TreeSet<>(rows)).isEqualTo(expected);
    }

    @Test
    void anUnchangedCopyReportsNoneAndExitsZero() {
        List<String> args = shippedCasesAndScenarios();
        CliRunner r = run(args, "--baseline-rules", "rules", "--rules", unchanged.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).endsWith("0 of " + inputCount(args) + " cases change; 0 verdicts\n");
    }

    @Test
    void aGeneratedBatchIsComparedCaseByCaseAndTheChangedOnesAreThoseWhoseF4Changes() throws Exception {
        Path batch = tmp.resolve("batch");
        kb.generate.CaseFolderWriter.write(batch, new kb.generate.CaseGenerator(7, 3), 40);
        List<String> cases;
        try (Stream<Path> s = Files.list(batch)) {
            cases = s.map(Path::toString).sorted().toList();
        }
        TreeSet<String> expected = casesWhoseF4Changes(cases, stricter);
        CliRunner r = CliRunner.run("impact", batch.toString(), "--baseline-rules", "rules", "--rules", stricter.toString(),
                "--format", "csv", "--threads", "2");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(expected.isEmpty() ? ExitCode.OK : ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(new TreeSet<>(r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList())).isEqualTo(expected);
        assertThat(r.err()).contains(expected.size() + " of 40 cases change");
    }

    @Test
    void theTableShowsBothRunsSideBySideWithTheRulesOfEachRun() {
        CliRunner r = CliRunner.run("impact", "scenarios/batam-gimje-with-a-joint-programme.json", "--baseline-rules", "rules",
                "--rules", stricter.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).containsPattern("baseline +MET +MET +MET +MET +MET +NOT MET +LESS_THAN_OPTIMAL")
                // The scenario leaves out the recorded absence, so too few activities leave F4 undetermined.
                .containsPattern("new +MET +MET +MET +UNDETERMINED\\* +MET +NOT MET +UNDETERMINED \\(LESS_THAN_OPTIMAL\\|NOT_OPTIMAL\\)\\*")
                .containsPattern("fired only with the baseline rules: .*F4\\.M.*V\\.3")
                .contains("1 of 1 case change; 1 verdict");
    }

    @Test
    void aGitRevisionIsReadWithoutCheckingAnythingOut() throws Exception {
        Assumptions.assumeTrue(gitKnows("HEAD"), "not in a git working tree");
        var before = TestFolders.fingerprint(Path.of("rules"));
        CliRunner r = CliRunner.run("impact", "facts/batam-gimje", "--baseline-rules", "HEAD", "--rules", unchanged.toString(),
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCode.OK, ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(new ObjectMapper().readTree(r.out()).get("baselineRules").asText()).startsWith("HEAD (");
        assertThat(TestFolders.fingerprint(Path.of("rules"))).isEqualTo(before);

        CliRunner bad = CliRunner.run("impact", "facts/batam-gimje", "--baseline-rules", "no-such-revision-or-folder");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err().strip()).isEqualTo("--baseline-rules no-such-revision-or-folder: neither a rules folder nor a"
                + " git revision of rules (give a folder such as rules-before/ or a revision such as HEAD~1)");
    }

    /** The F4 result of every input under both rule sets, found with the engine directly. */
    private static TreeSet<String> casesWhoseF4Changes(List<String> args, Path newRules) throws Exception {
        Evaluator base = new Evaluator(RuleBase.load(Path.of("rules")));
        Evaluator changed = new Evaluator(RuleBase.load(newRules));
        TreeSet<String> names = new TreeSet<>();
        for (Path input : inputs(args)) {
            CaseFacts facts = Files.isDirectory(input) ? new CaseLoader().load(input) : new ScenarioLoader().load(input).facts();
            boolean before = base.evaluate(facts, false).factor("F4").orElseThrow().met();
            boolean after = changed.evaluate(facts, false).factor("F4").orElseThrow().met();
            if (before != after) {
                names.add(input.toString());
            }
        }
        return names;
    }

    private static List<Path> inputs(List<String> args) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isRegularFile(p.resolve("case.json"))) {
                all.add(p);
            } else if (Files.isRegularFile(p)) {
                all.add(p);
            } else if (p.endsWith("scenarios")) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json")).forEach(all::add);
                }
            }
        }
        return all;
    }

    private static int inputCount(List<String> args) {
        try {
            return inputs(args).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the shell makes of {@code facts/*}: every entry, the schema folder included. */
    private static List<String> shippedCases() {
        try (Stream<Path> s = Files.list(Path.of("facts"))) {
            return s.filter(Files::isDirectory).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code facts/*} and every shipped scenario that loads (a scenario that does not is kb test's to report). */
    private static List<String> shippedCasesAndScenarios() {
        List<String> all = new ArrayList<>(shippedCases());
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json")).sorted().toList()) {
                try {
                    new ScenarioLoader().load(f);
                    all.add(f.toString());
                } catch (kb.facts.BadFactsException e) {
                    // left out
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all;
    }

    private static CliRunner run(List<String> inputs, String... options) {
        List<String> all = new ArrayList<>(List.of("impact"));
        all.addAll(inputs);
        all.addAll(List.of(options));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static boolean gitKnows(String revision) {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", revision).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
