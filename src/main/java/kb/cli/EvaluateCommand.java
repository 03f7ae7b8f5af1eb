package kb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the result to FILE instead of printing it; written whole (temp file, then rename) or not at all.")
    Path output;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("--output " + output + ": is a folder; name the file to write");
        }
        var loaded = facts.load(caseFolder);
        Evaluation evaluation = rules.evaluator().evaluate(loaded, false);
        // The whole result is made before anything is written, so a failure never leaves half of it.
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (format == OutputFormat.JSON) {
            out.println(ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluation)));
        } else {
            ResultTable.print(evaluation, out);
        }
        out.flush();
        if (output != null) {
            try {
                AtomicFiles.write(output, text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UsageException("--output " + output + ": cannot write it (" + e.getMessage() + ")");
            }
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
