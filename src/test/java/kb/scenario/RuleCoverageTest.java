package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.Shipped;
import kb.engine.Evaluator;
import kb.engine.RuleInfo;
import kb.engine.Trace;
import kb.scenario.ScenarioFinder;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule justifies a conclusion that holds at the end in some case or scenario and in
 * another justifies none, so no rule is dead and no rule is a constant.
 * A rule that by design fires in every case says so with
 * {@code @alwaysFires("why")}.
 */
class RuleCoverageTest {

    @Test
    void everyRuleFiresSomewhereAndStaysSilentSomewhereElse() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        List<Set<String>> firedPerCase = new ArrayList<>();
        // Every shipped case and scenario, hypothetical ones included (some rules, such as an
        // absence that rules out central support, are exercised only by a scenario).
        ScenarioLoader loader = new ScenarioLoader();
        for (Path file : ScenarioFinder.defaults(Path.of(""))) {
            // What a rule justifies at the end, read from truth maintenance: without salience a rule
            // may fire for a moment on the way (D.UNDETERMINED before a factor's FactorMet arrives) and
            // have its conclusion withdrawn; that is not the rule deciding anything.
            firedPerCase.add(evaluator.evaluate(loader.load(file).facts(), Trace.FULL).justifyingRules());
        }
        List<String> neverFired = new ArrayList<>();
        List<String> neverSilent = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleInfo rule : Shipped.rules().catalogue().all()) {
            ids.add(rule.id());
            long firedIn = firedPerCase.stream().filter(s -> s.contains(rule.id())).count();
            if (firedIn == 0) {
                neverFired.add(rule.id() + " " + rule.location());
            }
            if (firedIn == firedPerCase.size() && !rule.metadata().containsKey("alwaysFires")) {
                neverSilent.add(rule.id() + " " + rule.location());
            }
        }
        assertThat(ids).as("rules compiled").hasSizeGreaterThan(30);
        assertThat(neverFired).as("rules that fire in no case").isEmpty();
        assertThat(neverSilent).as("rules that fire in every case").isEmpty();
    }
}
