package kb.engine;

import java.util.List;

/** The rules folder does not compile, or its metadata is unusable; every problem is listed. */
public final class RuleBuildException extends Exception {
    private final List<String> problems;

    public RuleBuildException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code path:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
