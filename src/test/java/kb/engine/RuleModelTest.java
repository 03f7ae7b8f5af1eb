package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule model comes from Drools' own parser: every rule's line is its header (a table
 * rule's line its row), what it reads and makes is read from its descriptors, and comments
 * are never read as code.
 */
class RuleModelTest {
    @TempDir
    Path temp;

    @Test
    void everyRuleHasTheLineOfItsHeaderOrItsRowAndWhatItReadsAndMakes() throws IOException {
        RuleBase rules = Shipped.rules();
        List<String> f4 = Files.readAllLines(Shipped.RULES.resolve("f4-implementation.drl"));
        ModelRule count = rule(rules.model(), "F4.1");
        assertThat(f4.get(count.line() - 1)).startsWith("rule \"At least the minimum number of realised joint activities");
        assertThat(count.file()).isEqualTo("f4-implementation.drl");
        assertThat(count.parameters()).containsExactly("min-realised-activities");
        assertThat(f4.get(count.parameterReads().get(0).line() - 1)).contains("parameters.number(\"min-realised-activities\")");
        assertThat(count.parameterReads().get(0).line()).isGreaterThan(count.line());
        assertThat(count.inserts()).containsExactly("IndicatorSatisfied");
        assertThat(count.reads()).contains("Qualifies");
        assertThat(count.metadata()).containsEntry("factor", "F4").containsEntry("indicator", "I4.1");

        ModelRule met = rule(rules.model(), "F4.M");
        assertThat(met.inserts()).containsExactly("FactorMet");
        assertThat(met.reads()).containsExactly("IndicatorSatisfied");
        ModelRule ruledOut = rule(rules.model(), "F4.B");
        assertThat(ruledOut.inserts()).containsExactly("EvidenceBears");
        assertThat(ruledOut.reads()).containsExactly("Absence");
        ModelRule decided = rule(rules.model(), "D.NOT_MET");
        assertThat(decided.inserts()).containsExactly("FactorResult");
        assertThat(decided.reads()).containsExactlyInAnyOrder("FactorDefinition", "EvidenceBears", "FactorMet");
        assertThat(met.parameters()).isEmpty();

        ModelRule row = rule(rules.model(), "V.3");
        List<String> table = Files.readAllLines(Shipped.RULES.resolve("verdict.drl.csv"));
        assertThat(row.file()).isEqualTo("verdict.drl.csv");
        assertThat(table.get(row.line() - 1)).contains(",V.3,");
        assertThat(row.inserts()).containsExactly("Verdict");
        assertThat(row.reads()).containsExactlyInAnyOrder("FactorTally", "FactorResult");

        assertThat(rules.model().globals()).extracting(RuleModel.GlobalAt::name).contains("parameters", "period");
        assertThat(rules.catalogue().all()).allSatisfy(r -> assertThat(r.line()).isPositive());
    }

    @Test
    void everyTypeARuleReadsOrMakesIsAFactKindOfTheRegistryOrAConclusion() {
        RuleModel model = Shipped.rules().model();
        java.util.Set<String> facts = new java.util.HashSet<>(kb.facts.FactFileKind.factClassNames());
        java.util.Set<String> read = new java.util.TreeSet<>();
        java.util.Set<String> made = new java.util.TreeSet<>();
        for (ModelRule r : model.rules()) {
            read.addAll(r.reads());
            made.addAll(r.inserts());
        }
        // The types the restructured rules use, read from the descriptors, none from a list kept by hand.
        assertThat(read).contains("Absence", "NationalLaw", "FactorMet", "EvidenceBears", "FactorResult", "FactorTally");
        assertThat(made).contains("FactorMet", "EvidenceBears", "FactorResult", "FactorTally", "Verdict", "DatesTooCoarse");
        assertThat(facts).contains("Absence", "NationalLaw", "JointInstitution", "Obstacle");
        for (String type : made) {
            assertThat(kb.conclusions.Conclusion.class.isAssignableFrom(classIn("kb.conclusions", type)))
                    .as(type + " is a Conclusion").isTrue();
        }
        for (String type : read) {
            boolean conclusion = classExists("kb.conclusions." + type)
                    && kb.conclusions.Conclusion.class.isAssignableFrom(classIn("kb.conclusions", type));
            assertThat(facts.contains(type) || conclusion || type.equals("FactorDefinition"))
                    .as(type + " is a fact kind of FactFileKind, a Conclusion or the framework's factor").isTrue();
        }
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Class<?> classIn(String pkg, String simpleName) {
        try {
            return Class.forName(pkg + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(simpleName + " is not in " + pkg, e);
        }
    }

    @Test
    void aRuleNamePastedIntoTheTablesNotesLeavesEveryLocationUnchanged() throws Exception {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        String v3 = "Four or five factors are met, implementation among them: the capacity is less than optimal";
        String f4m = "Implementation is met: enough realised joint activities after the agreement";
        TestFolders.edit(rules.resolve("verdict.drl.csv"), "Notes,\"Overall paradiplomacy capacity",
                "Notes,\"See " + v3 + " and " + f4m + ". Overall paradiplomacy capacity");

        RuleBase copy = RuleBase.load(rules);
        assertThat(locations(copy)).isEqualTo(locations(Shipped.rules()));
    }

    @Test
    void aParameterNameInACommentIsNotCheckedButOneInACondition() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Path f4 = rules.resolve("f4-implementation.drl");
        TestFolders.editFirst(f4, "parameters.number(\"min-realised-activities\").", "parameters.number(\"min-realised-activitys\").");
        TestFolders.editFirst(f4, "    accumulate( Qualifies( indicator == \"I4.1\", $n : occurrences )",
                "    /* was parameters.number(\"no-such-parameter\") */ // and parameters.names(\"nor-this\")\n    accumulate( Qualifies( indicator == \"I4.1\", $n : occurrences )");
        assertThat(Files.readString(f4)).contains("// Thresholds and lists of parameters.json, e.g. parameters.number(\"min-realised-activitys\")");

        CliRunner ok = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(ok.exitCode()).as(ok.err()).isEqualTo(ExitCode.OK);

        TestFolders.edit(f4, "$count >= parameters.number(\"min-realised-activities\")", "$count >= parameters.number(\"min-realised-activitys\")");
        CliRunner bad = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(bad.err().lines().filter(l -> l.contains("no parameter")).toList()).singleElement().asString()
                .contains("f4-implementation.drl:" + lineOf(f4, "$count >= parameters.number") + ": error: no parameter \"min-realised-activitys\"");
    }

    private static ModelRule rule(RuleModel model, String id) {
        return model.rules().stream().filter(r -> id.equals(r.metadata().get("id"))).findFirst().orElseThrow();
    }

    /** Rule id to its file name and line, the folder left out. */
    private static Map<String, String> locations(RuleBase rules) {
        return rules.catalogue().all().stream().collect(Collectors.toMap(RuleInfo::id,
                r -> Path.of(r.file()).getFileName() + ":" + r.line()));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
