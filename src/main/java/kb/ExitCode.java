package kb;

/** What the exit code of every command means; scripts and CI depend on these. */
public final class ExitCode {
    private ExitCode() {
    }

    /** Success: the command did what was asked (a verify that reproduced, tests that passed). */
    public static final int OK = 0;
    /** The rules do not build or fail validation, a verify found differences, or a test failed. */
    public static final int RULES_OR_CHECK_FAILED = 1;
    /** Bad input: a missing case folder, bad JSON, an unknown field or value, a bad option. */
    public static final int BAD_INPUT = 2;
    /** The rules failed while running: a rule threw, or they kept firing past the limit. */
    public static final int RULE_FAILURE = 3;
    /** The run needed more memory than Java was given (a very large case); nothing was written. */
    public static final int OUT_OF_MEMORY = 4;
}
