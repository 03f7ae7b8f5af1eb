package kb.scenario;

import java.nio.file.Path;
import kb.facts.CaseFacts;

/**
 * One runnable scenario: where it was read from, a short id for listings (the file name, or
 * the case folder's name for an {@code expected.json}), the facts to evaluate and what they
 * must give.
 */
public record Scenario(Path file, String id, CaseFacts facts, Expected expected) {

    public String name() {
        return expected.getName() == null ? id : expected.getName();
    }
}
