package kb.facts;

import java.util.List;

/** One or more problems in a case folder, each already worded as {@code file:line:column: message}. */
public final class BadFactsException extends Exception {
    private final List<String> problems;

    public BadFactsException(List<String> problems) {
        this(problems.stream().map(BadFactsException::oneLine).toList(), true);
    }

    private BadFactsException(List<String> clean, boolean cleaned) {
        super(String.join(System.lineSeparator(), clean));
        this.problems = List.copyOf(clean);
    }

    public BadFactsException(String problem) {
        this(List.of(problem));
    }

    /**
     * A problem may quote text from the file; control characters in it are escaped so that each
     * problem stays one line and cannot drive the terminal.
     */
    static String oneLine(String problem) {
        StringBuilder s = new StringBuilder(problem.length());
        problem.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    public List<String> problems() {
        return problems;
    }
}
