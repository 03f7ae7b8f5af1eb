package kb.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.conclusions.FactorStatus;
import kb.engine.FactorOutcome;

/**
 * Prints scenario results for people: PASS or FAIL, the sentence, expected and actual for
 * every factor and the verdict side by side, then each difference in words. Ends with the
 * line {@code N passed, N failed} that scripts may read.
 */
public final class ScenarioReport {
    private static final String COLUMN = "%-14s";

    private ScenarioReport() {
    }

    public static void print(List<ScenarioResult> results, PrintWriter out) {
        print(results, out, true);
    }

    /** Without {@code summary}, the caller prints the last line itself (after a coverage report). */
    public static void print(List<ScenarioResult> results, PrintWriter out, boolean summary) {
        for (ScenarioResult r : results) {
            print(r, out);
        }
        if (summary) {
            out.println(summary(results));
        }
        out.flush();
    }

    public static String summary(List<ScenarioResult> results) {
        long passed = results.stream().filter(ScenarioResult::passed).count();
        return passed + " passed, " + (results.size() - passed) + " failed";
    }

    private static void print(ScenarioResult r, PrintWriter out) {
        out.println((r.passed() ? "PASS  " : "FAIL  ") + r.file());
        if (r.scenario() != null) {
            out.println("      " + r.scenario().name());
        }
        if (r.evaluation() != null) {
            table(r, out);
        }
        for (String line : r.errors()) {
            out.println("      " + line);
        }
        for (String line : r.differences()) {
            out.println("      - " + line);
        }
    }

    private static void table(ScenarioResult r, PrintWriter out) {
        Map<String, FactorStatus> expected = r.scenario().expected().getFactors();
        List<String> head = new ArrayList<>(List.of(""));
        List<String> want = new ArrayList<>(List.of("expected"));
        List<String> got = new ArrayList<>(List.of("actual"));
        for (FactorOutcome f : r.evaluation().factors()) {
            String id = f.factor().getId();
            head.add(id);
            want.add(expected.containsKey(id) ? expected.get(id).text() : "-");
            got.add(f.status().text() + (expected.containsKey(id) && expected.get(id) != f.status() ? "*" : ""));
        }
        String expectedVerdict = r.scenario().expected().getVerdict();
        String actualVerdict = r.evaluation().verdict().id();
        head.add("verdict");
        want.add(expectedVerdict == null ? "-" : expectedVerdict);
        got.add(actualVerdict + (expectedVerdict != null && !expectedVerdict.equals(actualVerdict) ? "*" : ""));
        for (List<String> row : List.of(head, want, got)) {
            StringBuilder line = new StringBuilder("      ");
            row.forEach(cell -> line.append(String.format(COLUMN, cell)));
            out.println(line.toString().stripTrailing());
        }
    }

}
