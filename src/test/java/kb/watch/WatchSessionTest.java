package kb.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import kb.engine.Evaluator;
import kb.facts.CaseLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb watch} driven edit by edit through {@link WatchSession#refresh()}: no sleeping,
 * no timing; each refresh looks at the files once, as the loop does on its clock.
 */
class WatchSessionTest {
    @TempDir
    Path temp;

    private Path rules;
    private Path caseFolder;
    private StringWriter printed;
    private WatchSession session;

    @BeforeEach
    void setUp() throws IOException {
        rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        caseFolder = temp.resolve("case");
        Files.createDirectories(caseFolder);
        try (Stream<Path> files = Files.list(Shipped.BATAM_GIMJE)) {
            for (Path f : files.toList()) {
                Files.copy(f, caseFolder.resolve(f.getFileName()));
            }
        }
        printed = new StringWriter();
        session = new WatchSession(rules, caseFolder, new CaseLoader(), Evaluator.DEFAULT_FIRING_LIMIT,
                new PrintWriter(printed, true));
    }

    /** What was printed after {@code mark} characters. */
    private String sinceMark(int mark) {
        return printed.toString().substring(mark);
    }

    @Test
    void evaluatesOnceThenOnlyWhenAFileChanges() throws IOException {
        assertThat(session.refresh()).isTrue();
        assertThat(printed.toString()).contains("== run 1:", "Verdict: NOT_OPTIMAL", "First result (run 1)");
        assertThat(session.refresh()).as("nothing changed").isFalse();
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4)); // saved without a change
        assertThat(session.refresh()).as("same content").isFalse();
        assertThat(session.runs()).isEqualTo(1);
    }

    @Test
    void aRuleEditShowsTheFactorsAndVerdictThatFlipped() throws IOException {
        session.refresh();
        int mark = printed.toString().length();
        TestFolders.edit(rules.resolve("f4-implementation.drl"), "$count >= parameters.number(\"min-realised-activities\")", "$count >= 0");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("== run 2: changed " + rules.resolve("f4-implementation.drl"))
                .contains("Changes since run 1:")
                .contains("  F4 Implementation: NOT MET -> MET (F4.M ")
                .contains("  F4 indicator I4.1: not satisfied -> satisfied")
                .contains("  verdict: NOT_OPTIMAL -> LESS_THAN_OPTIMAL")
                .doesNotContain("F1 Beginning");
    }

    /** Rules are Java: an Error, a stack overflow or an endless loop in one keeps the watcher and its last result. */
    @Test
    void aRuleThatOverflowsAssertsOrHangsKeepsTheLastGoodResult() throws IOException {
        session = new WatchSession(rules, caseFolder, new CaseLoader(), Evaluator.DEFAULT_FIRING_LIMIT,
                java.time.Duration.ofMillis(500), new PrintWriter(printed, true));
        session.refresh();
        String[][] bad = {
            {"T.DEEP", "deep(0);", "function int deep(int n) { return deep(n + 1) + 1; }", "StackOverflowError"},
            {"T.ASSERT", "throw new AssertionError(\"no\");", "", "AssertionError: no"},
            {"T.SPIN", "long n = 0; while (System.nanoTime() > 0) { n++; }", "", "--timeout"},
        };
        for (String[] b : bad) {
            int mark = printed.toString().length();
            Files.writeString(rules.resolve("zz-bad.drl"), "package kb.rules;\nimport kb.facts.*;\n" + b[2]
                    + "\nrule \"Test: " + b[0] + "\"\n    @id(\"" + b[0] + "\") @factor(\"F4\") @indicator(\"I4.1\") @ref(\"test only\")\n"
                    + "when\n    $a : Activity( id == \"A-2013-08-17-mou-signing\" )\nthen\n    " + b[1] + "\nend\n");
            assertThat(session.refresh()).isTrue();
            assertThat(sinceMark(mark)).as(b[0]).contains("rule " + b[0]).contains(b[3])
                    .contains("Keeping the result of run 1").doesNotContain("\tat ");
        }
        Files.delete(rules.resolve("zz-bad.drl"));
        int mark = printed.toString().length();
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("Verdict: NOT_OPTIMAL").contains("No change since run 1.");
    }

    @Test
    void brokenRulesPrintTheirErrorsAndKeepTheLastGoodResult() throws IOException {
        session.refresh();
        Path f4 = rules.resolve("f4-implementation.drl");
        TestFolders.edit(f4, "$count >= parameters.number(\"min-realised-activities\")", "$count >= 0");
        session.refresh();
        int mark = printed.toString().length();
        TestFolders.edit(f4, "rule \"A visit or a meeting", "rulez \"A visit or a meeting");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).containsPattern(java.util.regex.Pattern.quote(f4.toString()) + ":\\d+: ")
                .contains("Keeping the result of run 2: the rules do not build.").doesNotContain("Verdict:");
        assertThat(session.lastGood().factor("F4").orElseThrow().met()).as("run 2's result is kept").isTrue();

        mark = printed.toString().length();
        TestFolders.edit(f4, "rulez \"A visit or a meeting", "rule \"A visit or a meeting");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("== run 4:", "No change since run 2.");
    }

    /**
     * Once each rule file is kept compiled, a save compiles only the file saved; every save still
     * ends in the new rules' answer, a broken save in the compiler's errors, and a fix in the answer again.
     */
    @Test
    void savesCompiledFileByFileAlwaysGiveTheNewRulesAnswer() throws Exception {
        session.refresh();
        session.compiler().awaitCompiledAhead();
        int wholeCompiles = session.compiler().wholeCompiles();
        Path f4 = rules.resolve("f4-implementation.drl");
        String threshold = "$count >= parameters.number(\"min-realised-activities\")";
        for (int i = 0; i < 2; i++) {
            int mark = printed.toString().length();
            TestFolders.edit(f4, threshold, "$count >= 0");
            assertThat(session.refresh()).isTrue();
            assertThat(sinceMark(mark)).contains("  F4 Implementation: NOT MET -> MET (F4.M ", "Verdict: LESS_THAN_OPTIMAL");
            mark = printed.toString().length();
            TestFolders.edit(f4, "$count >= 0", threshold);
            assertThat(session.refresh()).isTrue();
            assertThat(sinceMark(mark)).contains("  F4 Implementation: MET -> NOT MET (F4.B ", "Verdict: NOT_OPTIMAL");
        }
        assertThat(session.compiler().wholeCompiles()).as("no save compiled the whole folder").isEqualTo(wholeCompiles);

        int mark = printed.toString().length();
        TestFolders.edit(f4, "rule \"A visit or a meeting", "rulez \"A visit or a meeting");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).containsPattern(java.util.regex.Pattern.quote(f4.toString()) + ":\\d+: ")
                .contains("Keeping the result of run 5: the rules do not build.").doesNotContain("Verdict:");

        mark = printed.toString().length();
        TestFolders.edit(f4, "rulez \"A visit or a meeting", "rule \"A visit or a meeting");
        TestFolders.edit(f4, threshold, "$count >= 0");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("Changes since run 5:", "  F4 Implementation: NOT MET -> MET (F4.M ");
    }

    @Test
    void aFactEditIsSeenToo() throws IOException {
        session.refresh();
        int mark = printed.toString().length();
        TestFolders.edit(caseFolder.resolve("central-government.json"), "\"SUPPORTIVE\"", "\"RESTRICTIVE\"");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("changed " + caseFolder.resolve("central-government.json"),
                "F5 Attitude of the central government: MET -> NOT MET").doesNotContain("verdict:");
        mark = printed.toString().length();
        TestFolders.edit(caseFolder.resolve("central-government.json"), "\"RESTRICTIVE\"", "\"SURE\"");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).contains("central-government.json:", "\"SURE\" is not allowed",
                "Keeping the result of run 2: the facts cannot be read.");
    }

    @Test
    void aFactEditMadeWhileTheRulesWereBrokenIsNotLost() throws IOException {
        session.refresh();
        Path f4 = rules.resolve("f4-implementation.drl");
        TestFolders.edit(f4, "rule \"A visit or a meeting", "rulez \"A visit or a meeting");
        TestFolders.edit(caseFolder.resolve("central-government.json"), "\"SUPPORTIVE\"", "\"RESTRICTIVE\"");
        assertThat(session.refresh()).isTrue();
        assertThat(printed.toString()).contains("Keeping the result of run 1: the rules do not build.");
        int mark = printed.toString().length();
        TestFolders.edit(f4, "rulez \"A visit or a meeting", "rule \"A visit or a meeting");
        assertThat(session.refresh()).isTrue();
        assertThat(sinceMark(mark)).as("the restriction saved during run 2 is read now")
                .contains("F5 Attitude of the central government: MET -> NOT MET");
    }

    @Test
    void theCommandStopsAfterMaxRuns() {
        CliRunner r = CliRunner.run("watch", "facts/batam-gimje", "--max-runs", "1");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("== run 1: facts/batam-gimje", "Verdict: NOT_OPTIMAL", "First result (run 1)");
    }

    @Test
    void aMissingCaseIsBadInput() {
        CliRunner r = CliRunner.run("watch", "facts/no-such-case", "--max-runs", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("facts/no-such-case: error: no such case folder");
    }
}
