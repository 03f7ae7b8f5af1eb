package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fact of every real case (and of the national-law library the cases read) carries the passage it rests on:
 * a quote of at most ~40 words from a source with a citation and a URL. A source without a URL says why
 * ({@code noUrl}); only a study's own finding (basis THESIS_FINDING) may rest on such a source alone, never an event.
 */
class RealCasesRestOnPassagesTest {

    @TestFactory
    Stream<DynamicTest> everyFactOfEveryRealCaseQuotesItsSource() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("facts"))) {
            List<Path> cases = dirs.filter(d -> Files.isRegularFile(d.resolve("case.json"))).sorted().toList();
            List<DynamicTest> tests = cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                CaseFacts facts = new CaseLoader().load(dir);
                if (facts.partnership().isHypothetical()) {
                    return; // made up for tests: its one source says so
                }
                for (Fact f : facts.facts()) {
                    assertThat(f.getSourceRefs()).as(dir + ": " + f.getId() + " has no source").isNotEmpty();
                    boolean online = false;
                    for (SourceRef r : f.getSourceRefs()) {
                        Source s = facts.sources().get(r.getId());
                        assertThat(s).as(dir + ": " + f.getId() + " cites unknown source " + r.getId()).isNotNull();
                        assertThat(s.getUrl() != null || s.getNoUrl() != null)
                                .as(dir + ": source " + s.getId() + " has no url and does not say why (noUrl)").isTrue();
                        if (r.getQuote() == null) {
                            continue; // a second source named without its passage; the quoted one is checked below
                        }
                        assertThat(r.getQuote().strip().split("\\s+")).as(dir + ": " + f.getId() + ": quote of " + r.getId())
                                .hasSizeLessThanOrEqualTo(45);
                        online |= s.getUrl() != null;
                    }
                    assertThat(f.getSourceRefs().stream().anyMatch(r -> r.getQuote() != null && !r.getQuote().isBlank()))
                            .as(dir + ": " + f.getId() + " quotes no passage").isTrue();
                    if (f.getBasis() != Basis.THESIS_FINDING) {
                        assertThat(online).as(dir + ": " + f.getId() + " (" + f.getBasis()
                                + ") rests on no quoted source with a URL; only a study's own finding may").isTrue();
                    }
                }
            })).toList();
            assertThat(tests).hasSizeGreaterThanOrEqualTo(9);
            return tests.stream();
        }
    }
}
