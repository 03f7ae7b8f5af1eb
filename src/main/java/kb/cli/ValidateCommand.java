package kb.cli;

import kb.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.engine.RuleFile;
import kb.report.Diagnostics;
import kb.scenario.ScenarioFinder;
import kb.validate.RuleValidator;
import kb.validate.TranslationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kb validate}: compile the rules folder and check its hygiene, with no case. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the rules folder: compile errors and rule hygiene, each as path:line: message.",
                "Compiles every rule file in one pass, then checks: a unique @id, @factor (F1-F6, or ALL for verdict"
                + " rules), @indicator and @ref on every rule; no empty name, metadata or verdict cell in a"
                + " decision-table row; a verdict table that gives exactly one verdict of verdicts.json for every"
                + " combination of factors met and not met (also checked whenever the rules are built); rules/labels.json has"
                + " every entry in en and id; and the rules"
                + " run on the shipped cases (scenarios/ and facts/*/expected.json) with every factor decided exactly once. Warns about a rule without an Indonesian sentence (@name_id).",
                "Each problem is printed as path:line: message. Exit 0 when clean, 1 otherwise."})
public final class ValidateCommand extends KbCommand {
    @Mixin
    RulesOptions rules;


    @Override
    protected int execute() throws Exception {
        Path folder = rules.rulesFolder();
        RuleValidator.Result result = RuleValidator.validate(folder, ScenarioFinder.defaults(TestCommand.home()));
        List<String> problems = new ArrayList<>(result.problems());
        if (result.rules() != null) {
            problems.addAll(TranslationCheck.labelProblems(result.rules()));
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(Diagnostics.error(p)));
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in " + folder);
            err.flush();
            return ExitCode.RULES_OR_CHECK_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        long files = result.rules().files().stream().filter(RuleFile::isRuleResource).count();
        out.println(folder + ": " + result.rules().catalogue().all().size() + " rules in " + files
                + " files, no problems");
        // Warnings, not problems: a rule without an Indonesian sentence still runs and explains itself in English.
        List<String> warnings = TranslationCheck.warnings(result.rules());
        warnings.forEach(out::println);
        if (!warnings.isEmpty()) {
            out.println(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
        }
        out.flush();
        return ExitCode.OK;
    }
}
