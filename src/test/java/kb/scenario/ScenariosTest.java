package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.Shipped;
import kb.engine.Evaluator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs exactly what {@code kb test} runs by default (every scenarios/*.json and every
 * facts/[case]/expected.json), one JUnit test per scenario, so {@code mvn verify} fails on
 * any scenario an analyst adds that does not hold.
 */
class ScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioGivesItsExpectedResult() {
        List<Path> files = ScenarioFinder.defaults(Path.of(""));
        assertThat(files).as("scenario files").anyMatch(p -> p.startsWith("scenarios"))
                .anyMatch(p -> p.endsWith("expected.json")).hasSizeGreaterThanOrEqualTo(14);
        ScenarioRunner runner = new ScenarioRunner(new Evaluator(Shipped.rules()), new ScenarioLoader());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            ScenarioResult result = runner.run(file);
            assertThat(result.errors()).as(file + " could not run").isEmpty();
            assertThat(result.differences()).as(result.scenario().name()).isEmpty();
        }));
    }
}
