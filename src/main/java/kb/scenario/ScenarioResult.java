package kb.scenario;

import java.nio.file.Path;
import java.util.List;
import kb.engine.Evaluation;

/**
 * The outcome of one scenario: its differences from what was expected (none means it
 * passed), or the problems that kept it from running (a bad file, rules that failed).
 * {@code scenario} and {@code evaluation} are null when it could not be read or run.
 */
public record ScenarioResult(Path file, Scenario scenario, Evaluation evaluation, List<String> differences,
                             List<String> errors) {

    public boolean passed() {
        return errors.isEmpty() && differences.isEmpty();
    }

    public boolean unreadable() {
        return scenario == null;
    }

    public String id() {
        return scenario == null ? file.toString() : scenario.id();
    }
}
