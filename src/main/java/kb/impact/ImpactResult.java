package kb.impact;

import java.util.List;
import kb.batch.CaseFailure;
import kb.ExitCode;

/**
 * Every case compared: those whose factor results or verdict changed, how many were compared,
 * and the cases that could not be (each with its one-line message), all sorted by case.
 */
public record ImpactResult(String baselineLabel, String currentLabel, int compared, List<CaseChange> changes,
                           List<CaseFailure> failures) {

    public long verdictsChanged() {
        return changes.stream().filter(CaseChange::verdictChanged).count();
    }

    /** "3 of 12 cases change; 1 verdict". */
    public String summary() {
        long verdicts = verdictsChanged();
        String line = changes.size() + " of " + compared + (compared == 1 ? " case" : " cases") + " change; " + verdicts
                + (verdicts == 1 ? " verdict" : " verdicts");
        return failures.isEmpty() ? line : line + "; " + failures.size() + " could not be compared";
    }

    /**
     * 0 when no case changes, 1 when one does (so a review can be guarded by it); a case that did
     * not load (2) or whose rules failed (3) wins over both, since its result is not known.
     */
    public int exitCode() {
        if (failures.stream().anyMatch(f -> f.exitCode() == ExitCode.BAD_INPUT)) {
            return ExitCode.BAD_INPUT;
        }
        if (!failures.isEmpty()) {
            return failures.get(0).exitCode();
        }
        return changes.isEmpty() ? ExitCode.OK : ExitCode.RULES_OR_CHECK_FAILED;
    }
}
