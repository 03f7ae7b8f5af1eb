package kb.cli;

import kb.report.OutputException;
import kb.report.Printable;
import kb.report.ProblemList;

import java.io.PrintWriter;
import java.util.List;
import kb.ExitCode;
import kb.engine.RuleBuildException;
import kb.engine.RuleFailureException;
import kb.facts.BadFactsException;
import kb.report.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where what went wrong becomes a message and an exit code: bad command lines
 * (one line, a suggestion for a misspelt option, "try --help"; exit 2) and whatever a command
 * throws (bad facts 2, rules that do not build 1, rules that fail 3, out of memory 4).
 * Never a stack trace, never a usage dump.
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final String[] args;

    ExitCodes(String[] args) {
        this.args = args;
    }

    @Override
    public int handleParseException(ParameterException e, String[] ignored) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                message += "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "? ";
            }
        }
        err.println(commandName(cmd) + ": " + message + (message.endsWith(" ") ? "" : "; ") + "try '" + commandName(cmd) + " --help'");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = causedByLackOfMemory(e) ? outOfMemory(err) : report(e, err);
        err.flush();
        return code;
    }

    private static String commandName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }

    /** Drools wraps what a rule or condition throws, even running out of memory; look through the wrapping. */
    static boolean causedByLackOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    int outOfMemory(PrintWriter err) {
        // Whatever held the case is unreachable by now, so there is room to say what happened.
        err.println(outOfMemoryMessage(java.util.List.of(args)));
        return ExitCode.OUT_OF_MEMORY;
    }

    /** The one line for a run that ran out of heap, with the command to run again with more (also the kb daemon's). */
    static String outOfMemoryMessage(java.util.List<String> args) {
        return "kb: out of memory: this run needed more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB of heap Java was given; nothing was written. Give it more, e.g. KB_JAVA_OPTS=-Xmx4g ./kb "
                + String.join(" ", args);
    }

    /** One clear message per problem and a meaningful exit code; never a stack trace. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof BadFactsException bad) {
            ProblemList.limited(bad.problems()).forEach(p -> err.println(Printable.line(Diagnostics.error(p))));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RuleBuildException build) {
            build.problems().forEach(p -> err.println(Diagnostics.error(p)));
            return ExitCode.RULES_OR_CHECK_FAILED;
        }
        if (e instanceof RuleFailureException failure) {
            err.println(Printable.line(failure.getMessage()));
            return ExitCode.RULE_FAILURE;
        }
        if (e instanceof UsageException usage) {
            err.println(Printable.line(usage.getMessage()));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof OutputException output) {
            err.println(Printable.line(output.getMessage()));
            return ExitCode.BAD_INPUT;
        }
        err.println("internal error: " + e + " (please report it with the command you ran)");
        return ExitCode.RULE_FAILURE;
    }
}
