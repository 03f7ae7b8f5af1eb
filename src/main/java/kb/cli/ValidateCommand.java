package kb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kb.engine.RuleFile;
import kb.validate.RuleValidator;
import kb.validate.TranslationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kb validate}: compile the rules folder and check its hygiene, with no case. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the rules folder: compile errors and rule hygiene, each as path:line: message.",
                "Compiles every rule file in one pass, then checks: a unique @id, @factor (F1-F6, or ALL for verdict"
                + " rules), @indicator and @ref on every rule; no empty name, metadata or verdict cell in a"
                + " decision-table row; a verdict table that covers every number of factors met, with F4 met and not"
                + " met, exactly once; rules/labels.json has every entry in en and id. Warns about a rule without"
                + " an Indonesian sentence (@name_id).",
                "Each problem is printed as path:line: message. Exit 0 when clean, 1 otherwise."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleValidator.Result result = RuleValidator.validate(rules.rulesFolder());
        List<String> problems = new ArrayList<>(result.problems());
        if (result.rules() != null) {
            problems.addAll(TranslationCheck.labelProblems(result.rules()));
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in " + rules.rulesFolder());
            err.flush();
            return ExitCode.RULES_OR_CHECK_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        long files = result.rules().files().stream().filter(RuleFile::isRuleResource).count();
        out.println(rules.rulesFolder() + ": " + result.rules().catalogue().all().size() + " rules in " + files
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
