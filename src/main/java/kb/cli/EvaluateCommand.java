package kb.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kb.audit.AuditRecord;
import kb.engine.Evaluation;
import kb.report.AtomicFiles;
import kb.report.ResultJson;
import kb.report.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kb evaluate CASE}: the six factors and the verdict for one case folder. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case folder: each factor MET / NOT MET with its reason, and the verdict.")
public final class EvaluateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje.")
    Path caseFolder;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a table) or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    OutputFormat format;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Also write an audit record (versions, file hashes, every firing, the derivation) to FILE; "
                    + "check it later with kb verify FILE.")
    Path audit;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var loaded = facts.load(caseFolder);
        var evaluator = rules.evaluator();
        Evaluation evaluation = evaluator.evaluate(loaded, audit != null);
        if (audit != null) {
            // Written only after a successful evaluation, and atomically: never half a record.
            AtomicFiles.write(audit, ResultJson.WRITER.writeValueAsBytes(
                    AuditRecord.of(evaluator.rules(), caseFolder, evaluation)));
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluation)));
        } else {
            ResultTable.print(evaluation, out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
