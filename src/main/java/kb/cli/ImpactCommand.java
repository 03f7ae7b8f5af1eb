package kb.cli;

import kb.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.batch.ProgressBar;
import kb.engine.Evaluator;
import kb.engine.RuleBase;
import kb.framework.FactorDefinition;
import kb.impact.BaselineRules;
import kb.impact.ImpactInputs;
import kb.impact.ImpactReport;
import kb.impact.ImpactResult;
import kb.impact.ImpactRunner;
import kb.report.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb impact CASES... --baseline-rules DIR|REV}: which cases an edit of the rules changes.
 * Every case and scenario is evaluated with both rule sets; those whose factor results or verdict
 * differ are shown side by side with the rules that fired in one run only.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Compare two rule sets on many cases: every case or scenario whose factor results or verdict"
                + " differ, side by side, with the rules that fired in one run and not the other.",
            "Exit 0 when nothing changes, 1 when a case changes (to guard a review), 2 bad input, 3 rules failed."})
public final class ImpactCommand extends KbCommand {
    @Parameters(arity = "1..*", paramLabel = "CASE",
            description = "Case folders, folders of case folders (e.g. generated batches), scenario files or folders of"
                    + " scenarios, e.g. facts/* scenarios.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--baseline-rules", required = true, paramLabel = "DIR|REV",
            description = "The rules to compare against: a folder, or a git revision of the rules folder (HEAD~1, a"
                    + " branch, a tag), read with git show; nothing is checked out.")
    String baselineRules;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (a table), json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"--output", "--out"}, paramLabel = "FILE",
            description = "Write the comparison to FILE (whole, or not at all) instead of printing it.")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Cases compared at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr for runs over a second (default: only when stderr is a terminal).")
    Boolean progress;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Override
    protected void validate() throws UsageException {
        if (format == OutputFormat.JSONL) {
            throw new UsageException("--format jsonl: not for impact; allowed: text, json, csv");
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads " + threads + ": must be at least 1");
        }
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--output " + output + ": is a folder; name the file to write");
        }
    }

    @Override
    protected int execute() throws Exception {
        var err = spec.commandLine().getErr();
        ImpactInputs.Found found = ImpactInputs.expand(inputs);
        found.skipped().forEach(err::println);
        Evaluator current = rules.evaluator();
        ImpactResult result;
        try (BaselineRules baseline = resolveBaseline()) {
            Evaluator before = new Evaluator(RuleBase.load(baseline.folder()), rules.maxFirings);
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            ImpactRunner runner = new ImpactRunner(before, current, facts.loader(), n);
            try (ProgressBar bar = ProgressBar.start(err, found.inputs().size(), showProgress())) {
                result = runner.run(found.inputs(), found.problems(), baseline.label(), rules.rulesFolder().toString(), bar);
            }
        }
        List<String> factorIds = current.rules().framework().factors().stream().map(FactorDefinition::getId).toList();
        String text = switch (format) {
            case JSON -> ImpactReport.json(result, factorIds);
            case CSV -> ImpactReport.csv(result, factorIds);
            default -> ImpactReport.table(result, factorIds);
        };
        result.failures().forEach(f -> err.println(f.message()));
        if (output != null) {
            // Never over an input of the run: a case, a scenario or either rules folder.
            List<Path> read = new ArrayList<>(found.inputs());
            read.add(rules.rulesFolder());
            read.add(Path.of(baselineRules));
            AtomicFiles.write("--output", output, text.getBytes(StandardCharsets.UTF_8), read);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        if (format != OutputFormat.TEXT || output != null) {
            err.println(result.summary()); // the table ends with it; JSON and CSV stay pure data
        }
        err.flush();
        return result.exitCode();
    }

    private BaselineRules resolveBaseline() throws UsageException {
        try {
            return BaselineRules.resolve(baselineRules, rules.defaultRulesFolder());
        } catch (IOException e) {
            throw new UsageException("--baseline-rules " + baselineRules + ": " + e.getMessage());
        }
    }

    private boolean showProgress() {
        return progress != null ? progress : Boolean.getBoolean("kb.stderr.tty");
    }
}
