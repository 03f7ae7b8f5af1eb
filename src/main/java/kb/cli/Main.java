package kb.cli;

import java.io.PrintWriter;
import kb.ExitCode;
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
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        ExitCodes exitCodes = new ExitCodes(args);
        cli.setExecutionExceptionHandler(exitCodes);
        cli.setParameterExceptionHandler(exitCodes);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return exitCodes.outOfMemory(err);
        }
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
        err.println("kb: no command given; one of: evaluate, explain, verify, validate, test, watch, generate, help");
        err.println("  e.g. kb evaluate facts/batam-gimje; try 'kb --help'");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
