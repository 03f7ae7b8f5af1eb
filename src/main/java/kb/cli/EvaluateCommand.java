package kb.cli;

import kb.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.audit.AuditRecord;
import kb.batch.CaseFolders;
import kb.engine.Evaluation;
import kb.report.AtomicFiles;
import kb.report.OutputTarget;
import kb.report.ResultJson;
import kb.report.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb evaluate CASE}: the six factors and the verdict for one case folder; with several
 * folders (or a folder of case folders) one summary line per case, see {@link BatchOptions}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a case folder: each factor MET / NOT MET / UNDETERMINED with its reason, and the verdict"
                + " (or UNDETERMINED with the possible verdicts).",
            "Several case folders, or a folder of case folders, are evaluated in parallel into one summary."})
public final class EvaluateCommand extends KbCommand {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje, or a folder of case folders.")
    Path caseFolder;

    @Parameters(index = "1..*", paramLabel = "CASE", description = "More case folders, evaluated together.")
    List<Path> moreCases = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a table) or json; for several cases text, csv or jsonl (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    OutputFormat format;

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Also write an audit record (versions, every rule and fact file, every firing, the derivation,"
                    + " the result) to FILE; check it later with kb verify FILE. With several cases FILE is a folder:"
                    + " one record per case, DIR/<case folder>.audit.json.")
    Path audit;

    @Option(names = {"--output", "--out"}, paramLabel = "FILE",
            description = "Write the result (or, for several cases, the summary) to FILE instead of printing it; "
                    + "written whole (temp file, then rename) or not at all.")
    Path output;

    @Mixin
    BatchOptions batch;

    @Mixin
    RulesOptions rules;

    @Mixin
    LangOption lang;

    @Mixin
    FactsOptions facts;


    @Override
    protected int execute() throws Exception {
        // The inputs: the rules folder and every case folder read (a folder of cases stands for
        // the cases in it, so a summary may be written beside them).
        List<Path> arguments = new ArrayList<>(List.of(caseFolder));
        arguments.addAll(moreCases);
        CaseFolders.Found found = CaseFolders.expand(arguments);
        kb.engine.Profile.phase(found.cases().size() + " case folders listed");
        List<Path> inputs = new ArrayList<>(found.cases());
        arguments.stream().filter(a -> !found.folders().contains(a)).forEach(inputs::add);
        inputs.add(rules.rulesFolder());
        boolean isBatch = batch.isBatch(arguments, found, format);
        // Refused before anything runs: an output that is an input, a device or a folder. A batch
        // writes its audit records into a folder, checked by the batch itself.
        if (output != null) {
            OutputTarget.resolve("--output", output, inputs);
        }
        if (audit != null && !isBatch) {
            OutputTarget.resolve("--audit", audit, inputs);
        }
        lang.lang(); // a bad --lang is refused before any work
        if (isBatch) {
            return batch.run(found, format, output, audit, inputs, rules, facts, lang, spec);
        }
        var loaded = facts.load(caseFolder);
        kb.engine.Profile.phase("facts read (" + loaded.facts().size() + " facts)");
        var evaluator = rules.evaluator();
        Evaluation evaluation = evaluator.evaluate(loaded, audit != null);
        if (audit != null) {
            // Written only after a successful evaluation, and atomically: never half a record.
            AtomicFiles.write("--audit", audit, ResultJson.WRITER.writeValueAsBytes(
                    AuditRecord.of(evaluator.rules(), caseFolder, evaluation)), inputs);
        }
        // The whole result is made before anything is written, so a failure never leaves half of it.
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == OutputFormat.JSON) {
            out.println(ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluation)));
        } else if (lang.isDefault()) {
            ResultTable.print(evaluation, out);
        } else {
            ResultTable.print(evaluation, out, lang.words(evaluator.rules()));
        }
        out.flush();
        if (output != null) {
            AtomicFiles.write("--output", output, text.toString().getBytes(StandardCharsets.UTF_8), inputs);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
