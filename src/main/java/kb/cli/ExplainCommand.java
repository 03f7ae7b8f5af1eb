package kb.cli;

import kb.ExitCode;
import java.nio.file.Path;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.Trace;
import kb.engine.FactorOutcome;
import kb.explain.Explainer;
import kb.explain.Node;
import kb.explain.TreeJson;
import kb.explain.TreeText;
import kb.report.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb explain CASE}: why the verdict fired, down to rule file:line, facts and sources. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show why the verdict fired, as a tree down to rule file:line, facts and sources.",
            "The tree runs verdict, table row, factors, indicators, rules (id, name, file:line), the facts they",
            "matched and their sources. A NOT MET result shows the evidence that bears on it (a recorded absence",
            "with its source), the condition that was not satisfied and every candidate fact with the reason it",
            "did not count; an UNDETERMINED one names the rules that would decide it."})
public final class ExplainCommand extends KbCommand {
    @Parameters(paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje.")
    Path caseFolder;

    @Option(names = "--factor", paramLabel = "ID", description = "Only this factor (F1..F6).")
    String factor;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a tree) or json (default: ${DEFAULT-VALUE}).", converter = FormatConverter.TextOrJson.class)
    OutputFormat format;

    @Mixin
    RulesOptions rules;

    @Mixin
    LangOption lang;

    @Mixin
    FactsOptions facts;


    @Override
    protected int execute() throws Exception {
        lang.lang(); // a bad --lang is refused before any work
        var loaded = facts.load(caseFolder);
        Evaluator evaluator = rules.evaluator();
        // The tree needs the classification of every candidate fact: the full trace keeps it.
        Evaluation evaluation = evaluator.evaluate(loaded, Trace.FULL);
        Explainer explainer = new Explainer(evaluation, evaluator.rules());
        Node tree;
        if (factor == null) {
            tree = explainer.verdictTree();
        } else {
            FactorOutcome f = evaluation.factor(factor).orElseThrow(() -> new UsageException(
                    "--factor " + factor + ": no such factor; allowed: " + String.join(", ",
                            evaluation.factors().stream().map(x -> x.factor().getId()).toList())));
            tree = explainer.withSources(explainer.factorTree(f));
        }
        kb.whatif.FactorTurns.annotate(tree, kb.whatif.FactorTurns.of(evaluator, loaded));
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(ResultJson.WRITER.writeValueAsString(TreeJson.of(tree)));
        } else if (lang.isDefault()) {
            TreeText.print(tree, out);
        } else {
            TreeText.print(tree, out, lang.nodeWords(evaluator.rules())::line);
        }
        out.flush();
        return ExitCode.OK;
    }
}
