package kb.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems printed the way compilers print them, {@code file:line:col: error: message}, so an
 * editor or CI log viewer jumps to the place. A problem without a line keeps its file:
 * {@code file: error: message}.
 */
public final class Diagnostics {
    /**
     * A location first, optionally :line and :line:column, then ": ". The path is a word without
     * spaces, or one with a '/' that may hold spaces ({@code my cases/x/case.json}, a fact file
     * named {@code "outcomes.json "}): a message without a location has no '/' before its first ':'.
     */
    private static final Pattern LOCATED = Pattern.compile(
            "^([^\\s:]+|[^:\\n]*/[^:\\n]*?)((?::\\d+){0,2}): (.*)$", Pattern.DOTALL);

    private Diagnostics() {
    }

    public static String error(String problem) {
        Matcher m = LOCATED.matcher(problem);
        if (!m.matches()) {
            return problem.startsWith("error: ") ? problem : "error: " + problem;
        }
        return m.group(3).startsWith("error: ") ? problem : m.group(1) + m.group(2) + ": error: " + m.group(3);
    }
}
