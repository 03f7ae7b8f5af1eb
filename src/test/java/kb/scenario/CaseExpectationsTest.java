package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.Shipped;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.CaseLoader;
import kb.facts.StrictJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case folder's expected.json: factor results, verdict, rules that must (not) fire. */
class CaseExpectationsTest {

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExpectedResult() {
        List<Path> cases = Shipped.casesWithExpectations();
        assertThat(cases).as("case folders with expected.json").hasSizeGreaterThanOrEqualTo(4);
        Evaluator evaluator = new Evaluator(Shipped.rules());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Expected expected = StrictJson.MAPPER.readValue(folder.resolve("expected.json").toFile(), Expected.class);
            Evaluation actual = evaluator.evaluate(new CaseLoader().load(folder), false);
            assertThat(ExpectationCheck.differences(expected, actual)).as(expected.getName()).isEmpty();
        }));
    }
}
