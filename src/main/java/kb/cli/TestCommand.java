package kb.cli;

import kb.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kb.engine.Evaluator;
import kb.scenario.Coverage;
import kb.report.AtomicFiles;
import kb.scenario.CoverageReport;
import kb.scenario.JUnitXml;
import kb.scenario.RealCasesTable;
import kb.scenario.ScenarioFinder;
import kb.scenario.ScenarioLoader;
import kb.scenario.ScenarioReport;
import kb.scenario.ScenarioResult;
import kb.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb test}: run scenario files and expected.json files against the rules on disk. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run scenarios: expected factor results (MET, NOT_MET, UNDETERMINED), verdict, possible verdicts and"
                + " rules that must justify a final conclusion.",
                "Prints PASS/FAIL with expected and actual for each factor, and ends with 'N passed, N failed'.",
                "Exit 0 when all pass, 1 when one fails (or, with --strict, coverage has a gap), 2 when a scenario"
                        + " file cannot be read."})
public final class TestCommand extends KbCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Scenario files or folders (default: scenarios/ and every facts/*/expected.json).")
    List<Path> paths;

    @Option(names = "--coverage", description = "Also list, for each rule, the scenarios it fired in, the rules that"
            + " never fired, and for each factor the scenarios where it is MET, NOT MET and UNDETERMINED.")
    boolean coverage;

    @Option(names = "--strict", description = "Fail (exit 1) on any coverage gap: a rule that never fired, or a factor"
            + " that is never MET or never NOT MET. Implies --coverage.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only the scenarios that fail, then the summary line.")
    boolean quiet;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only the scenarios whose file, id or sentence"
            + " contains TEXT (any case).")
    String name;

    @Option(names = "--summary", description = "Print only the table of the real (not hypothetical) cases: partnership,"
            + " level, period, study, the study's verdict, the tool's verdict and factors, and whether they agree and why"
            + " (markdown; the README's \"Real cases\" table is this output). The exit code is as without it.")
    boolean summary;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as a JUnit XML report"
            + " (for CI servers) to FILE, whole or not at all.")
    Path junitXml;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;


    @Override
    protected int execute() throws Exception {
        List<Path> files = files();
        if (files.isEmpty()) {
            throw new UsageException("no scenarios found in " + (paths == null ? "scenarios/ or facts/" : paths));
        }
        Evaluator evaluator = rules.evaluator();
        List<ScenarioResult> results = new ScenarioRunner(evaluator, new ScenarioLoader(facts.loader())).run(files);
        if (name != null) {
            results = results.stream().filter(this::named).toList();
            if (results.isEmpty()) {
                throw new UsageException("--name " + name + ": no scenario's file, id or sentence contains it");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (summary) {
            out.print(RealCasesTable.markdown(results));
            out.flush();
            // The table is for pasting; what failed or could not be read goes to stderr, with the exit code.
            List<ScenarioResult> failed = results.stream().filter(r -> !r.passed()).toList();
            if (!failed.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                ScenarioReport.print(failed, err, false);
                err.println(ScenarioReport.summary(results));
                err.flush();
            }
            return exitCode(results, false);
        }
        ScenarioReport.print(quiet ? results.stream().filter(r -> !r.passed()).toList() : results, out, false);
        if (junitXml != null) {
            try {
                AtomicFiles.write(junitXml, JUnitXml.of(results).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UsageException("--junit-xml " + junitXml + ": cannot write it (" + e.getMessage() + ")");
            }
        }
        boolean gaps = false;
        if (coverage || strict) {
            Coverage c = Coverage.of(evaluator.rules().catalogue(), evaluator.rules().framework().factors(), results);
            CoverageReport.print(c, results, out);
            gaps = !c.gaps().isEmpty();
        }
        out.println(ScenarioReport.summary(results));
        out.flush();
        return exitCode(results, strict && gaps);
    }

    private static int exitCode(List<ScenarioResult> results, boolean gaps) {
        if (results.stream().anyMatch(ScenarioResult::unreadable)) {
            return ExitCode.BAD_INPUT;
        }
        boolean failed = results.stream().anyMatch(r -> !r.passed());
        return failed || gaps ? ExitCode.RULES_OR_CHECK_FAILED : ExitCode.OK;
    }

    private boolean named(ScenarioResult r) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return r.file().toString().toLowerCase(Locale.ROOT).contains(wanted)
                || r.id().toLowerCase(Locale.ROOT).contains(wanted)
                || (r.scenario() != null && r.scenario().name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private List<Path> files() throws UsageException {
        if (paths == null || paths.isEmpty()) {
            return ScenarioFinder.defaults(home());
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException(p + ": no such scenario file or folder");
            }
        }
        return ScenarioFinder.find(paths);
    }

    /** The project folder: here when it has scenarios/ or facts/, else the one beside the kb launcher. */
    static Path home() {
        Path here = Path.of("");
        String home = System.getProperty("kb.home");
        boolean local = Files.isDirectory(Path.of(ScenarioFinder.SCENARIOS_FOLDER))
                || Files.isDirectory(Path.of(ScenarioFinder.FACTS_FOLDER));
        return local || home == null ? here : Path.of(home);
    }
}
