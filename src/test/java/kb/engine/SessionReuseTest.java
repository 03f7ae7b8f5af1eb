package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kb.Shipped;
import kb.conclusions.Candidate;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.report.ResultJson;
import org.junit.jupiter.api.Test;

/** Sessions are pooled and reset between evaluations: nothing of one case may leak into the next. */
class SessionReuseTest {

    @Test
    void aCaseGivesTheSameResultWhateverRanBeforeItInEveryTraceMode() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        List<CaseFacts> cases = Shipped.casesWithExpectations().stream().map(SessionReuseTest::load).toList();
        CaseFacts batam = new CaseLoader().load(Shipped.BATAM_GIMJE);
        Evaluation first = evaluator.evaluate(batam, Trace.FULL);
        String json = ResultJson.WRITER.writeValueAsString(ResultJson.of(first));
        for (Trace trace : Trace.values()) {
            for (CaseFacts other : cases) {
                evaluator.evaluate(other, trace);
            }
            Evaluation again = evaluator.evaluate(batam, Trace.FULL);
            assertThat(ResultJson.WRITER.writeValueAsString(ResultJson.of(again))).isEqualTo(json);
            assertThat(again.firings()).hasSameSizeAs(first.firings());
            assertThat(again.justifications()).hasSameSizeAs(first.justifications());
        }
    }

    @Test
    void withoutAListenerTheResultIsTheSameButNoFiringIsRecorded() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        CaseFacts batam = new CaseLoader().load(Shipped.BATAM_GIMJE);
        Evaluation full = evaluator.evaluate(batam, Trace.FULL);
        Evaluation none = evaluator.evaluate(batam, Trace.NONE);
        assertThat(none.verdict()).isEqualTo(full.verdict());
        assertThat(none.factors()).isEqualTo(full.factors());
        // Only a full trace reads why each fact was or was not counted; everything else is the same.
        assertThat(none.justifications().keySet().stream().map(ObjectIds::of).sorted().toList())
                .isEqualTo(full.justifications().keySet().stream().filter(o -> !(o instanceof Candidate))
                        .map(ObjectIds::of).sorted().toList());
        assertThat(full.justifications().keySet()).anyMatch(o -> o instanceof Candidate);
        assertThat(none.firings()).isEmpty();
        assertThat(full.firings()).isNotEmpty();
    }

    private static CaseFacts load(java.nio.file.Path folder) {
        try {
            return new CaseLoader().load(folder);
        } catch (kb.facts.BadFactsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
