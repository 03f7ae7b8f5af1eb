package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.Shipped;
import kb.TestFolders;
import kb.facts.CaseLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kb watch compiles only the rule file that was saved ({@link FileByFileCompiler}); what it
 * builds must be what compiling the whole folder builds: the same results on every case, the
 * same catalogue, and for a broken edit the whole compile's own messages.
 */
class FileByFileCompilerTest {
    private static final String THRESHOLD = "$count >= parameters.number(\"min-realised-activities\")";

    @TempDir
    Path temp;

    private Path rules;
    private FileByFileCompiler compiler;

    @BeforeEach
    void setUp() throws Exception {
        rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        compiler = new FileByFileCompiler(CompiledRulesCache.off());
        RuleBase.load(rules, compiler); // the whole folder, then each file on its own in the background
        compiler.awaitCompiledAhead();
    }

    @AfterEach
    void tearDown() {
        compiler.close();
    }

    /** Factor results, verdict and justifying rules of every case with expectations, one line each. */
    private static List<String> answers(RuleBase rules) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path folder : Shipped.casesWithExpectations()) {
            Evaluation e = new Evaluator(rules).evaluate(new CaseLoader().load(folder), true);
            out.add(folder.getFileName() + " " + e.factors().stream().map(f -> f.factor().getId() + "=" + f.status()).toList()
                    + " " + e.verdict().id() + " " + e.verdict().possible().stream().map(v -> v.getId()).toList()
                    + " " + e.justifyingRules() + " " + e.firedRules());
        }
        return out;
    }

    private static List<String> catalogue(RuleBase rules) {
        return rules.catalogue().all().stream().map(r -> r.id() + " " + r.location() + " " + r.name()).toList();
    }

    @Test
    void afterAnEditOnlyThatFileIsCompiledAndTheRulesAnswerAsAWholeCompileDoes() throws Exception {
        int alone = compiler.filesCompiledAlone();
        int whole = compiler.wholeCompiles();
        TestFolders.edit(rules.resolve("f4-implementation.drl"), THRESHOLD, "$count >= 0");

        RuleBase edited = RuleBase.load(rules, compiler);

        assertThat(compiler.filesCompiledAlone()).as("only f4 compiled").isEqualTo(alone + 1);
        assertThat(compiler.wholeCompiles()).isEqualTo(whole);
        RuleBase reference = RuleBase.load(rules, CompiledRulesCache.off());
        assertThat(answers(edited)).isEqualTo(answers(reference));
        assertThat(catalogue(edited)).isEqualTo(catalogue(reference));
        assertThat(answers(edited)).anyMatch(a -> a.startsWith("batam-gimje ") && a.contains("F4=MET"));

        // Saving the old text again reuses what was kept for it: nothing is compiled.
        TestFolders.edit(rules.resolve("f4-implementation.drl"), "$count >= 0", THRESHOLD);
        RuleBase back = RuleBase.load(rules, compiler);
        assertThat(compiler.filesCompiledAlone()).isEqualTo(alone + 1);
        assertThat(answers(back)).isEqualTo(answers(RuleBase.load(rules, CompiledRulesCache.off())));
    }

    @Test
    void aBrokenEditGivesExactlyTheMessagesOfAWholeCompile() throws Exception {
        TestFolders.edit(rules.resolve("f4-implementation.drl"), "rule \"A visit or a meeting", "rulez \"A visit or a meeting");
        TestFolders.edit(rules.resolve("f2-motives.drl"), "Motive(", "Motiv(");

        RuleBuildException fileByFile = catchThrowableOfType(() -> RuleBase.load(rules, compiler), RuleBuildException.class);
        RuleBuildException reference = catchThrowableOfType(() -> RuleBase.load(rules, CompiledRulesCache.off()),
                RuleBuildException.class);
        assertThat(reference).isNotNull();
        assertThat(fileByFile).isNotNull();
        assertThat(fileByFile.problems()).isEqualTo(reference.problems()).isNotEmpty();
    }

    @Test
    void aFileThatReadsAGlobalAnotherFileDeclaresBuildsAsAWholeCompileDoes() throws Exception {
        // f6 declares `period` too: the package has it, so the folder compiles, though f4 alone would not.
        assertThat(Files.readString(rules.resolve("f6-consequences.drl"))).contains("global kb.facts.Period period;");
        TestFolders.edit(rules.resolve("f4-implementation.drl"), "global kb.facts.Period period;\n", "");

        RuleBase edited = RuleBase.load(rules, compiler);

        assertThat(answers(edited)).isEqualTo(answers(RuleBase.load(rules, CompiledRulesCache.off())));
    }

    @Test
    void aRuleNameUsedInTwoFilesIsTheWholeCompilesError() throws Exception {
        String rule = "rule \"A documented cause explains why the cooperation began\"";
        String f1 = Files.readString(rules.resolve("f1-beginning.drl"));
        String copy = f1.substring(f1.indexOf(rule), f1.indexOf("end\n", f1.indexOf(rule)) + 4).replace("@id(\"F1.3\")", "@id(\"F2.X\")");
        Files.writeString(rules.resolve("f2-motives.drl"), Files.readString(rules.resolve("f2-motives.drl")) + "\n" + copy);

        RuleBuildException reference = catchThrowableOfType(() -> RuleBase.load(rules, CompiledRulesCache.off()),
                RuleBuildException.class);
        assertThat(reference).as("the whole compile refuses a rule name used twice").isNotNull();
        assertThatThrownBy(() -> RuleBase.load(rules, compiler)).isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems()).isEqualTo(reference.problems()));
    }
}
