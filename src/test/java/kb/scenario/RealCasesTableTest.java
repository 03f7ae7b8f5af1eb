package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.Shipped;
import kb.TestFolders;
import kb.conclusions.FactorStatus;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.BadFactsException;
import kb.facts.CaseLoader;
import kb.engine.Trace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real cases' table (kb test --summary), the study's judgement in expected.json, and the README. */
class RealCasesTableTest {
    private static final String BEGIN = "<!-- real-cases:begin (./kb test --summary facts) -->";
    private static final String END = "<!-- real-cases:end -->";

    private final Evaluator evaluator = new Evaluator(Shipped.rules());

    @Test
    void theReadmeTableIsTheOutputOfTheCommand() throws Exception {
        List<ScenarioResult> results = new ScenarioRunner(evaluator, new ScenarioLoader())
                .run(ScenarioFinder.find(List.of(Path.of("facts"))));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(BEGIN).contains(END);
        String pasted = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END));
        String table = RealCasesTable.markdown(results);
        assertThat(pasted.strip()).as("README 'Real cases' is not the output of ./kb test --summary facts;"
                + " paste it again").isEqualTo(table.strip());
        assertThat(table.lines().filter(l -> l.startsWith("| Kota") || l.startsWith("| Provinsi")
                || l.startsWith("| Daerah"))).as("one row per real case").hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void aCaseAgreesWhenEveryFactorTheStudyJudgedComesOutTheSame() {
        StudyJudgement study = new StudyJudgement("s", "failed", Map.of("F4", FactorStatus.NOT_MET));
        assertThat(RealCasesTable.agreement(study, Map.of("F1", FactorStatus.MET, "F4", FactorStatus.NOT_MET)))
                .isEqualTo("yes (F4)");
        assertThat(RealCasesTable.agreement(study, Map.of("F4", FactorStatus.UNDETERMINED)))
                .isEqualTo("no: F4 study NOT MET, tool UNDETERMINED");
        assertThat(RealCasesTable.agreement(new StudyJudgement("s", "active", Map.of()), Map.of()))
                .startsWith("not comparable");
    }

    @Test
    void aCellIsOneLineAndCannotBeCutByABar() {
        assertThat(RealCasesTable.cell(" a | b\nc ")).isEqualTo("a \\| b c");
    }

    @Test
    void anExpectedFileMayJudgeSomeFactorsAndNoVerdict() throws Exception {
        Evaluation semarang = evaluator.evaluate(new CaseLoader().load(Path.of("facts/semarang-beihai")), Trace.COUNTS);
        Expected onlyF4 = new Expected("only F4", Map.of("F4", FactorStatus.NOT_MET), null, null, null);
        assertThat(ExpectationCheck.differences(onlyF4, semarang)).isEmpty();
        Expected wrongF4 = new Expected("F4 met", Map.of("F4", FactorStatus.MET), null, null, null);
        assertThat(ExpectationCheck.differences(wrongF4, semarang)).singleElement().asString()
                .startsWith("F4: expected MET, got NOT MET");
    }

    @Test
    void aStudyMustBeOneOfTheCasesSources(@TempDir Path tmp) throws Exception {
        Path copy = TestFolders.copy(Path.of("facts/semarang-beihai"), tmp.resolve("semarang-beihai"));
        Path expected = copy.resolve("expected.json");
        Files.writeString(expected, Files.readString(expected).replace("\"source\": \"putri-2017\"", "\"source\": \"putri\""));
        assertThatThrownBy(() -> new ScenarioLoader(new CaseLoader(kb.facts.Limits.DEFAULT_MAX_FILE_BYTES, null,
                Path.of("facts/law"))).load(expected))
                .isInstanceOf(BadFactsException.class)
                .hasMessageContaining("field \"study\": \"source\" must be the id of one of the case's sources")
                .hasMessageContaining("not \"putri\"");
    }
}
