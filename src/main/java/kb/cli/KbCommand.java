package kb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Every subcommand of {@code kb} (the pmd-cli pattern): {@link #call()} is final and runs
 * {@link #validate()}, then {@link #execute()}. What a command throws is turned into a message
 * and an exit code in one place, {@link ExitCodes}; a command only returns the code of a
 * normal end (0, or 1 when a check it ran found a difference).
 */
public abstract class KbCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        validate();
        return execute();
    }

    /** Checks the options together, before any file is read; throws {@link UsageException} (exit 2). */
    protected void validate() throws Exception {
    }

    /** Does the command's job and returns its exit code. */
    protected abstract int execute() throws Exception;
}
