package kb.cli;

import kb.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.engine.Evaluator;
import kb.facts.CaseFacts;
import kb.whatif.ScenarioWriter;
import kb.whatif.WhatIf;
import kb.whatif.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb whatif CASE}: what would it take to reach a better verdict. For each verdict better
 * than the case's (or the one asked for), the smallest sets of changes to the facts that reach it,
 * each evaluated with the same rules before it is shown.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What would it take: for each verdict better than the case's (or --target), the smallest sets"
                + " of changes to the facts that reach it, ranked by size, then plausibility (an added fact before an"
                + " edited one, an edited date or status before another edit, a removal last).",
            "Candidate facts come from the fact schemas and the rules; every suggestion is evaluated before it is shown.",
            "Changes that contradict a DOCUMENTED fact are left out unless --allow-contradicting."})
public final class WhatIfCommand extends KbCommand {
    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje.")
    Path caseFolder;

    @Option(names = "--target", paramLabel = "VERDICT",
            description = "Only this verdict, e.g. OPTIMAL or LESS_THAN_OPTIMAL (default: every better verdict).")
    String target;

    @Option(names = "--max-changes", paramLabel = "N", defaultValue = "3",
            description = "Largest set of changes tried (default: ${DEFAULT-VALUE}).")
    int maxChanges;

    @Option(names = "--max-suggestions", paramLabel = "N", defaultValue = "3",
            description = "Suggestions shown per verdict, smallest and most plausible first (default: ${DEFAULT-VALUE}).")
    int maxSuggestions;

    @Option(names = "--allow-contradicting",
            description = "Also suggest editing or leaving out DOCUMENTED facts (by default only facts are added, and"
                    + " only thesis findings and hypothetical facts are edited or left out).")
    boolean allowContradicting;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--scenario-out", paramLabel = "DIR",
            description = "Also write each suggestion as a scenario file in DIR (facts marked HYPOTHETICAL); kb test DIR runs them.")
    Path scenarioOut;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Override
    protected void validate() throws Exception {
        if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
            throw new UsageException("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": not for whatif; allowed: text, json");
        }
        if (maxChanges < 1 || maxChanges > 5) {
            throw new UsageException("--max-changes " + maxChanges + ": allowed 1 to 5 (the combinations grow fast)");
        }
        if (maxSuggestions < 1) {
            throw new UsageException("--max-suggestions " + maxSuggestions + ": must be at least 1");
        }
        if (scenarioOut != null && Files.exists(scenarioOut) && !Files.isDirectory(scenarioOut)) {
            throw new UsageException("--scenario-out " + scenarioOut + ": is a file; name a folder");
        }
        if (scenarioOut != null) {
            Path out = scenarioOut.toAbsolutePath().normalize();
            for (Path input : List.of(caseFolder, rules.rulesFolder())) {
                if (out.startsWith(input.toAbsolutePath().normalize())) {
                    throw new UsageException("--scenario-out " + scenarioOut + ": is inside " + input
                            + ", an input of this run; name a folder of its own, e.g. scenarios/whatif");
                }
            }
        }
    }

    @Override
    protected int execute() throws Exception {
        CaseFacts loaded = facts.load(caseFolder);
        Evaluator evaluator = rules.evaluator();
        List<String> verdicts = kb.whatif.WhatIf.verdicts(evaluator.rules());
        if (target != null && !verdicts.contains(target)) {
            throw new UsageException("--target " + target + ": not a verdict; allowed: " + String.join(", ", verdicts));
        }
        WhatIf.Result result = new WhatIf(evaluator, new WhatIf.Options(target, maxChanges, allowContradicting, maxSuggestions))
                .run(loaded);
        String text = format == OutputFormat.JSON ? WhatIfReport.json(result) : WhatIfReport.text(result, maxChanges);
        if (scenarioOut != null) {
            try {
                List<Path> written = ScenarioWriter.write(result, scenarioOut);
                spec.commandLine().getErr().println("wrote " + written.size() + " scenario file(s) to " + scenarioOut
                        + "; run them with kb test " + scenarioOut);
            } catch (IOException e) {
                throw new UsageException("--scenario-out " + scenarioOut + ": cannot write (" + e.getMessage() + ")");
            }
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
