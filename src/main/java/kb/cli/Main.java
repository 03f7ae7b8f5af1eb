package kb.cli;

import java.io.PrintWriter;
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
            ReportCommand.class,
            VerifyCommand.class,
            ValidateCommand.class,
            TestCommand.class,
            WatchCommand.class,
            GenerateCommand.class,
            ImpactCommand.class,
            WhatIfCommand.class,
            CommandLine.HelpCommand.class,
        },
        footer = {"", "Exit codes: 0 ok; 1 rules do not build / check failed; 2 bad input; 3 rules failed at run time;",
            "4 out of memory (give Java more with KB_JAVA_OPTS=-Xmx4g)."})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> causedByLackOfMemory(e)
                ? outOfMemory(args, commandLine.getErr()) : report(e, commandLine.getErr()));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(args, err);
        }
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
            bad.problems().forEach(err::println);
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RuleBuildException build) {
            build.problems().forEach(err::println);
            return ExitCode.RULES_OR_CHECK_FAILED;
        }
        if (e instanceof RuleFailureException failure) {
            err.println(failure.getMessage());
            return ExitCode.RULE_FAILURE;
        }
        if (e instanceof UsageException usage) {
            err.println(usage.getMessage());
            return ExitCode.BAD_INPUT;
        }
        err.println("internal error: " + e + " (please report it with the command you ran)");
        return ExitCode.RULE_FAILURE;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
