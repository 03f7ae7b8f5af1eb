package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import kb.Shipped;
import kb.conclusions.FactorStatus;
import kb.conclusions.FactorResult;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Qualifies;
import kb.conclusions.Verdict;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Fact;
import kb.facts.SigningDates;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Conclusions are logical insertions: delete the fact one rests on and the chain built on it
 * (candidate, indicator, factor result, verdict) is withdrawn and the rules conclude afresh.
 */
class TruthMaintenanceTest {

    @Test
    void deletingTheOnlyOutcomeRetractsIndicatorFactorAndVerdict() throws Exception {
        CaseFacts facts = new CaseLoader().load(Path.of("facts/hypothetical-active-partnership"));
        RuleBase rules = Shipped.rules();
        KieSession session = rules.newSession(facts.partnership().getPeriod(), SigningDates.ANY);
        try {
            rules.framework().factors().forEach(session::insert);
            session.insert(facts.partnership());
            FactHandle outcome = null;
            for (Fact f : facts.facts()) {
                FactHandle h = session.insert(f);
                if (f.getId().equals("H1-O-2018-yield")) {
                    outcome = h;
                }
            }
            session.fireAllRules();
            assertThat(objects(session, Verdict.class)).containsExactly(new Verdict("OPTIMAL"));
            assertThat(objects(session, Qualifies.class)).contains(new Qualifies("I6.1", "H1-O-2018-yield"));
            assertThat(objects(session, IndicatorSatisfied.class)).contains(new IndicatorSatisfied("F6", "I6.1"));
            assertThat(objects(session, FactorResult.class)).contains(new FactorResult("F6", FactorStatus.MET));

            session.delete(outcome);
            session.fireAllRules();

            assertThat(objects(session, Qualifies.class)).doesNotContain(new Qualifies("I6.1", "H1-O-2018-yield"));
            assertThat(objects(session, IndicatorSatisfied.class)).doesNotContain(new IndicatorSatisfied("F6", "I6.1"));
            assertThat(objects(session, FactorResult.class)).doesNotContain(new FactorResult("F6", FactorStatus.MET))
                    .contains(new FactorResult("F6", FactorStatus.UNDETERMINED));
            // Nothing else bears on consequences: without its one outcome F6 is undetermined, and the
            // tally and the verdict that rested on it are withdrawn too.
            assertThat(objects(session, Verdict.class)).isEmpty();
        } finally {
            session.dispose();
        }
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        Collection<?> all = session.getObjects(type::isInstance);
        return all.stream().map(type::cast).toList();
    }
}
