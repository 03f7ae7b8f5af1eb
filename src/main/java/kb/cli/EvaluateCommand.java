package kb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kb.engine.Evaluation;
import kb.report.ResultJson;
import kb.report.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kb evaluate CASE}: the six factors and the verdict for one case folder; with several
 * folders (or a folder of case folders) one summary line per case, see {@link BatchOptions}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a case folder: each factor MET / NOT MET with its reason, and the verdict.",
            "Several case folders, or a folder of case folders, are evaluated in parallel into one summary."})
public final class EvaluateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje, or a folder of case folders.")
    Path caseFolder;

    @Parameters(index = "1..*", paramLabel = "CASE", description = "More case folders, evaluated together.")
    List<Path> moreCases = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a table) or json; for several cases text, csv or jsonl (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    OutputFormat format;

    @Mixin
    BatchOptions batch;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (batch.isBatch(caseFolder, moreCases, format)) {
            List<Path> all = new ArrayList<>(List.of(caseFolder));
            all.addAll(moreCases);
            return batch.run(all, format, rules, facts, spec);
        }
        var loaded = facts.load(caseFolder);
        Evaluation evaluation = rules.evaluator().evaluate(loaded, false);
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
