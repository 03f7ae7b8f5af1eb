package kb.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems as printed: at most {@link #PER_FILE} per file, then one line saying how many more.
 * 100,000 bad activities are one mistake made 100,000 times; 600,000 lines would hide the
 * other files' problems and take minutes to scroll.
 */
public final class ProblemList {
    public static final int PER_FILE = 10;

    private ProblemList() {
    }

    public static List<String> limited(List<String> problems) {
        return limited(problems, PER_FILE);
    }

    static List<String> limited(List<String> problems, int perFile) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> shown = new ArrayList<>();
        for (String p : problems) {
            String file = fileOf(p);
            int n = seen.merge(file, 1, Integer::sum);
            if (n <= perFile) {
                shown.add(p);
            }
        }
        seen.forEach((file, n) -> {
            if (n > perFile) {
                // after the last shown problem of that file
                int at = lastIndexOf(shown, file) + 1;
                shown.add(at, file + ": and " + (n - perFile) + " more problems in this file (the first " + perFile
                        + " are shown)");
            }
        });
        return shown;
    }

    private static int lastIndexOf(List<String> shown, String file) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (fileOf(shown.get(i)).equals(file)) {
                return i;
            }
        }
        return shown.size() - 1;
    }

    /** The path a problem starts with: up to ":<digit>" or ": ". */
    static String fileOf(String problem) {
        for (int i = 0; i < problem.length() - 1; i++) {
            if (problem.charAt(i) == ':') {
                char next = problem.charAt(i + 1);
                if (next == ' ' || Character.isDigit(next)) {
                    return problem.substring(0, i);
                }
            }
        }
        return problem;
    }
}
