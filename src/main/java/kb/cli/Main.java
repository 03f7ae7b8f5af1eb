package kb.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import kb.ExitCode;
import kb.engine.RuleContainment;
import kb.report.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code kb} command line: one subcommand per job. */
@Command(name = "kb", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:the rules do not build, or a check (validate, test, verify) failed",
            "2:bad input or a bad command line",
            "3:the rules failed at run time",
            "4:out of memory (give Java more with KB_JAVA_OPTS=-Xmx4g)"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // Rules are Java: a println in a consequence must not land in the tool's own output
        // (it would break --format json). The tool writes to the real standard output; anything
        // else that prints to System.out goes to standard error.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        RuleContainment.install();
        int code = run(args, new PrintWriter(stdout, true), new PrintWriter(System.err, true));
        // The tool's own exit: the hook that blames a rule calling System.exit must stay quiet,
        // even if an evaluation cut short by lack of memory never marked itself done.
        RuleContainment.toolExits();
        System.exit(code);
    }

    /** The line a run that ran out of heap ends with (exit 4), for a caller that catches it outside {@link #run}. */
    public static String outOfMemoryMessage(java.util.List<String> args) {
        return ExitCodes.outOfMemoryMessage(args);
    }

    /** Runs the command line and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        kb.engine.Profile.phase("command line tool started");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        ExitCodes exitCodes = new ExitCodes(args);
        cli.setExecutionExceptionHandler(exitCodes);
        cli.setParameterExceptionHandler(exitCodes);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            return exitCodes.outOfMemory(err);
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

    /** kb --version: from the jar's manifest, i.e. from the pom. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kb " + kb.Version.tool() + " (Drools " + kb.Version.drools() + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }

    /** {@code kb} alone: what to type, in a few lines, and exit 2 (a script that forgot its command fails). */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // From the registered subcommands, so a new command is never missing from this line.
        err.println("kb: no command given; one of: " + String.join(", ", spec.subcommands().keySet()));
        err.println("  e.g. kb evaluate facts/batam-gimje; try 'kb --help'");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
