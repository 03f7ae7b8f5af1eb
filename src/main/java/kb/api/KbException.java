package kb.api;

import java.util.List;

/**
 * What went wrong, in the words the command line prints: each problem one line, as
 * {@code file:line:column: message} where a file is at fault, and what {@link #kind()} of failure it is.
 */
public final class KbException extends Exception {
    /** The kinds of failure; the command line's exit codes 2, 1 and 3. */
    public enum Kind {
        /** The case is bad: a missing folder, a bad value, a duplicate id, an unknown source. */
        BAD_INPUT,
        /** The rules folder does not build (a DRL error, a broken verdict table, bad parameters). */
        RULES_BROKEN,
        /** The rules failed while running on this case (a rule threw, or kept firing). */
        RULE_FAILURE
    }

    /** Which kind of failure. */
    private final Kind kind;
    /** Every problem, one line each. */
    private final List<String> problems;

    KbException(Kind kind, List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /** Which kind of failure: bad input, rules that do not build, or rules that failed on this case. */
    public Kind kind() {
        return kind;
    }

    /** Every problem found, one line each, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
