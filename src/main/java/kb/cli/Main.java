package kb.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import kb.engine.RuleContainment;
import kb.report.OutputException;
import kb.report.Printable;
import kb.report.ProblemList;
import kb.engine.RuleBuildException;
import kb.engine.RuleFailureException;
import kb.facts.BadFactsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kb} command line: one subcommand per job. */
@Command(name = "kb", mixinStandardHelpOptions = true, version = "kb 0.1.0 (Drools 10.2.0)",
        description = {
            "Judges the paradiplomacy capacity of a local government with Kuznetsov's six factors.",
            "Rules are read from rules/ at run time; facts from a case folder such as facts/batam-gimje."},
        subcommands = {
            EvaluateCommand.class,
            ExplainCommand.class,
            VerifyCommand.class,
            ValidateCommand.class,
            TestCommand.class,
            WatchCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class,
        },
        footer = {"", "Exit codes: 0 ok; 1 rules do not build / check failed; 2 bad input; 3 rules failed at run time;",
            "4 out of memory (give Java more with KB_JAVA_OPTS=-Xmx4g)."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Rules are Java: a println in a consequence must not land in the tool's own output
        // (it would break --format json). The tool writes to the real standard output; anything
        // else that prints to System.out goes to standard error.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        RuleContainment.install();
        System.exit(run(args, new PrintWriter(stdout, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> causedByLackOfMemory(e)
                ? outOfMemory(args, commandLine.getErr()) : report(e, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(args, err);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler above; an Error (a StackOverflowError
            // outside the rules, the ThreadDeath of a timeout that landed late) is still one line.
            err.println(Printable.line("internal error: " + e + " (please report it with the command you ran)"));
            err.flush();
            return ExitCode.RULE_FAILURE;
        }
        // PrintWriter never throws: a full disk (> /dev/full) or a closed standard output is
        // only seen here. Exit 0 would claim a result nobody received.
        if (out.checkError()) {
            err.println("kb: cannot write to standard output (closed, or no space left on the device); the output is incomplete");
            err.flush();
            return code == ExitCode.OK ? ExitCode.BAD_INPUT : code;
        }
        return code;
    }

    /** Drools wraps what a rule or condition throws, even running out of memory; look through the wrapping. */
    private static boolean causedByLackOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static int outOfMemory(String[] args, PrintWriter err) {
        // Whatever held the case is unreachable by now, so there is room to say what happened.
        err.println("kb: out of memory: this run needed more than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MiB of heap Java was given; nothing was written. Give it more, e.g. KB_JAVA_OPTS=-Xmx4g ./kb "
                + String.join(" ", args));
        return ExitCode.OUT_OF_MEMORY;
    }

    /** One clear message per problem and a meaningful exit code; never a stack trace. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof BadFactsException bad) {
            ProblemList.limited(bad.problems()).forEach(p -> err.println(Printable.line(p)));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RuleBuildException build) {
            build.problems().forEach(err::println);
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
