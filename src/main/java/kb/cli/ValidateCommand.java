package kb.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kb.engine.RuleFile;
import kb.scenario.ScenarioFinder;
import kb.validate.RuleValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kb validate}: compile the rules folder and check its hygiene, with no case. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the rules folder: compile errors and rule hygiene, each as path:line: message.",
                "Compiles every rule file in one pass, then checks: a unique @id, @factor (F1-F6, or ALL for verdict"
                + " rules), @indicator and @ref on every rule; no empty name, metadata or verdict cell in a"
                + " decision-table row; a verdict table that gives exactly one verdict of verdicts.json for every"
                + " combination of factors met and not met (also checked whenever the rules are built); and the rules"
                + " run on the shipped cases (scenarios/ and facts/*/expected.json) with every factor decided exactly once.",
                "Each problem is printed as path:line: message. Exit 0 when clean, 1 otherwise."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RulesOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleValidator.Result result = RuleValidator.validate(rules.rulesFolder(), ScenarioFinder.defaults(TestCommand.home()));
        if (!result.clean()) {
            PrintWriter err = spec.commandLine().getErr();
            result.problems().forEach(err::println);
            err.println(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
                    + " in " + rules.rulesFolder());
            err.flush();
            return ExitCode.RULES_OR_CHECK_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        long files = result.rules().files().stream().filter(RuleFile::isRuleResource).count();
        out.println(rules.rulesFolder() + ": " + result.rules().catalogue().all().size() + " rules in " + files
                + " files, no problems");
        out.flush();
        return ExitCode.OK;
    }
}
