package kb.batch;

import java.nio.file.Path;
import kb.ExitCode;

/** A case that could not be evaluated: one line saying where and why, and its exit code. */
public record CaseFailure(Path folder, String message, int exitCode) {

    public static CaseFailure badInput(Path folder, String message) {
        return new CaseFailure(folder, message, ExitCode.BAD_INPUT);
    }

    public static CaseFailure ruleFailure(Path folder, String message) {
        return new CaseFailure(folder, folder + ": " + message, ExitCode.RULE_FAILURE);
    }
}
