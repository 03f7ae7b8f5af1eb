package kb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kb.batch.BatchResult;
import kb.batch.BatchRunner;
import kb.batch.CaseFailure;
import kb.batch.CaseFolders;
import kb.batch.ProgressBar;
import kb.batch.SummaryText;
import kb.engine.Evaluator;
import kb.engine.Trace;
import kb.framework.FactorDefinition;
import kb.report.AtomicFiles;
import kb.report.Diagnostics;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code kb evaluate} on several cases: options and the run. Kept apart from
 * {@link EvaluateCommand} so the one-case path stays as it was.
 */
public final class BatchOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Cases evaluated at once when several are given (default: the number of cores).")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr for runs over a second (default: only when stderr is a terminal).")
    Boolean progress;

    /** Several folders, a folder of case folders or a summary format: a batch. */
    boolean isBatch(List<Path> arguments, CaseFolders.Found found, OutputFormat format) {
        return arguments.size() > 1 || format == OutputFormat.CSV || format == OutputFormat.JSONL
                || !found.folders().isEmpty();
    }

    /**
     * Evaluates every case {@code found} (the command line's folders, listed once by the caller)
     * and writes one summary to {@code out}, or to standard output when it is null.
     */
    int run(CaseFolders.Found found, OutputFormat format, Path out, Path audit, List<Path> inputs, RulesOptions rules,
            FactsOptions facts, LangOption lang, CommandSpec spec) throws Exception {
        if (format == OutputFormat.JSON) {
            throw new UsageException("--format json is for one case; for several use --format jsonl (one line per case) or csv");
        }
        if (threads != null && threads < 1) {
            throw new UsageException("--threads " + threads + ": must be at least 1");
        }
        // A bad --max-file-size is a usage error before any case is read, not a failure of every case.
        kb.facts.CaseLoader loader = facts.loader();
        var err = spec.commandLine().getErr();
        found.skipped().forEach(line -> err.println(kb.report.Printable.line(line)));
        if (audit != null) {
            AuditFolder.check(audit, found.cases());
        }
        Evaluator evaluator = rules.evaluator();
        List<FactorDefinition> factors = evaluator.rules().framework().factors();
        List<String> factorIds = factors.stream().map(FactorDefinition::getId).toList();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        // The summary names no file, so the cases are read without hashing them; audit records read each case again with its hashes.
        BatchRunner runner = new BatchRunner(evaluator, loader.withoutHashes()::load, n, Trace.COUNTS);
        BatchResult evaluated;
        try (ProgressBar bar = ProgressBar.start(err, found.cases().size(), showProgress())) {
            evaluated = runner.run(found.cases(), bar);
        }
        kb.engine.Profile.phase("batch: every case read and evaluated");
        List<CaseFailure> failures = new java.util.ArrayList<>(found.problems());
        failures.addAll(evaluated.failures());
        BatchResult result = new BatchResult(evaluated.summaries(), List.copyOf(failures));
        // Bad input is printed as everywhere else (file:line:col: error: ...); a rule failure names its rule.
        result.failures().forEach(f -> err.println(kb.report.Printable.line(f.exitCode() == kb.ExitCode.BAD_INPUT
                ? Diagnostics.error(f.message()) : f.message())));
        String text = switch (format) {
            case CSV -> SummaryText.csv(result, factorIds);
            case JSONL -> SummaryText.jsonl(result, factorIds);
            // CSV and JSON Lines are data for tools: their values stay the same in every language.
            default -> lang.isDefault() ? SummaryText.table(result, factorIds)
                    : SummaryText.table(result, factorIds, lang.words(evaluator.rules()));
        };
        write(text, out, inputs, spec);
        kb.engine.Profile.phase("batch: summary written");
        if (audit != null) {
            // Only the cases that evaluated; the others are reported above and make the exit code.
            List<Path> good = result.summaries().stream().map(kb.batch.CaseSummary::folder).toList();
            int records = AuditFolder.write(audit, good, evaluator, loader);
            err.println("kb evaluate: wrote " + records + " audit record" + (records == 1 ? "" : "s") + " to " + audit);
        }
        if (!result.failures().isEmpty() && (format != OutputFormat.TEXT || out != null)) {
            // The table ends with this line already; CSV and JSON Lines stay pure data.
            err.println(SummaryText.totals(result));
        }
        err.flush();
        return result.exitCode();
    }

    /** Prints to standard output, or writes FILE atomically when --output is given. */
    private static void write(String text, Path out, List<Path> inputs, CommandSpec spec)
            throws kb.report.OutputException {
        if (out != null) {
            AtomicFiles.write("--output", out, text.getBytes(StandardCharsets.UTF_8), inputs);
        } else {
            var stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        }
    }

    private boolean showProgress() {
        // Java cannot tell whether stderr is a terminal; the kb launcher can ([ -t 2 ]) and says so.
        return progress != null ? progress : Boolean.getBoolean("kb.stderr.tty");
    }
}
