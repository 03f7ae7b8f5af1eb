package kb.batch;

import java.util.List;
import kb.ExitCode;

/** Every case of a batch: the summaries of those evaluated and the failures, both sorted by case. */
public record BatchResult(List<CaseSummary> summaries, List<CaseFailure> failures) {

    /** 0 when every case was evaluated; else the exit code of the worst failure (bad input first). */
    public int exitCode() {
        if (failures.isEmpty()) {
            return ExitCode.OK;
        }
        return failures.stream().anyMatch(f -> f.exitCode() == ExitCode.BAD_INPUT)
                ? ExitCode.BAD_INPUT : failures.get(0).exitCode();
    }
}
