package kb.facts;

import java.util.List;

/** One or more problems in a case folder, each already worded as {@code file:line:column: message}. */
public final class BadFactsException extends Exception {
    private final List<String> problems;

    public BadFactsException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public BadFactsException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
