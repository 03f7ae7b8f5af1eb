package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's answers to damage of the structure itself, beside the README table's single mistakes. */
class CaseLoaderTest {
    private static final Path BASE = Path.of("src/test/resources/bad-input/case");

    @TempDir
    Path temp;

    private List<String> problems(Path c) {
        BadFactsException e = catchThrowableOfType(BadFactsException.class, () -> new CaseLoader().load(c));
        assertThat(e).as("the case must be refused").isNotNull();
        return e.problems().stream().map(p -> p.replace(c + "/", "")).toList();
    }

    @Test
    void theBaseCaseOfTheBadInputTestsIsValid() throws BadFactsException {
        CaseFacts facts = new CaseLoader().load(BASE);
        assertThat(facts.partnership().getId()).isEqualTo("contoh-muster");
        // Seven facts of its own; the law library beside it (bad-input/law) adds its one instrument.
        assertThat(facts.facts().stream().filter(f -> !(f instanceof NationalLaw))).hasSize(7);
        assertThat(facts.facts().stream().filter(f -> f instanceof NationalLaw)).hasSize(1);
    }

    @Test
    void everyFactOfTheRealCaseCarriesThePassageItRestsOn() throws BadFactsException {
        CaseFacts facts = new CaseLoader().load(Path.of("facts/batam-gimje"));
        List<Fact> own = facts.facts().stream().filter(f -> !(f instanceof NationalLaw)).toList();
        assertThat(own).isNotEmpty().allSatisfy(f -> assertThat(f.getSourceRefs()).as(f.getId()).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.getQuote()).as(f.getId() + " cites " + r.getId() + " without a quote").isNotBlank();
                    assertThat(r.getQuote().strip().split("\\s+")).as(f.getId() + ": quote of " + r.getId()).hasSizeLessThanOrEqualTo(40);
                    // Every quote of this case is in Indonesian or Korean, so each needs its English gloss.
                    assertThat(r.getGloss()).as(f.getId() + ": gloss of " + r.getId()).isNotBlank();
                }));
        // The thesis is the one source not found online (docs/evidence/batam-gimje.md); every other has its URL.
        own.stream().flatMap(f -> f.getSources().stream()).distinct().map(id -> facts.sources().get(id))
                .forEach(s -> {
                    assertThat(s.getCitation()).as(s.getId()).isNotBlank();
                    if (!s.getId().equals("thesis")) {
                        assertThat(s.getUrl()).as(s.getId() + " has no URL").startsWith("https://");
                    }
                });
    }

    @Test
    void theLargestSizeLimitStillReadsTheFiles() throws Exception {
        // A limit of Long.MAX_VALUE once overflowed into "read 0 bytes": every file looked empty.
        CaseFacts facts = new CaseLoader(Long.MAX_VALUE).load(BASE);
        assertThat(facts.facts()).isNotEmpty();
    }

    @Test
    void brokenStructureInEveryFileIsReportedAtOnceInWords() throws IOException {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        TestFolders.editFirst(c.resolve("case.json"), "\"title\": \"Hypothetical: Kota Contoh and Musterstadt\",\n", "");
        TestFolders.editFirst(c.resolve("motives.json"), "\"motives\": [", "\"motives\": {\"x\": [");
        TestFolders.editFirst(c.resolve("motives.json"), "  ]\n}", "  ]}\n}");
        TestFolders.editFirst(c.resolve("activities.json"), "{\"id\": \"A-signing\"", "42, {\"id\": \"A-signing\"");
        Files.writeString(c.resolve("outcomes.json"), "{\"$schema\": \"x\"}");

        assertThat(problems(c)).containsExactly(
                "case.json:4:18: case \"contoh-muster\": field \"title\" is required",
                "activities.json:6:5: activity number 2 (no id): wrong type: expected an object {...}, found a whole number 42",
                "motives.json:3:14: field \"motives\": wrong type: expected a list [...], found an object {...}",
                "outcomes.json:1:1: field \"outcomes\" is required");
    }

    @Test
    void checksAcrossFilesStillRunOnTheFilesThatWereRead() throws IOException {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        TestFolders.editFirst(c.resolve("motives.json"), "\"M-partner\"", "\"A-visit\"");
        Files.writeString(c.resolve("outcomes.json"), "{");
        assertThat(problems(c)).containsExactly(
                "outcomes.json:1:2: the file ends too early: an object { is not closed",
                "motives.json:6:12: motive \"A-visit\": field \"id\": duplicate id (first at activities.json:4:12); ids must be unique in a case");
    }

    @Test
    void aBrokenSourcesFileDoesNotAlsoMakeEverySourceIdUnknown() throws IOException {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        Files.writeString(c.resolve("sources.json"), "{\"sources\": 1}");
        assertThat(problems(c)).containsExactly(
                "sources.json:1:13: field \"sources\": wrong type: expected a list [...], found a whole number 1");
    }

    @Test
    void controlCharactersFromTheFileAreEscapedSoEachProblemStaysOneLine() throws IOException {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        TestFolders.editFirst(c.resolve("motives.json"), "\"side\": \"PARTNER\"", "\"si\\nde\\u001b[31m\": \"PARTNER\"");
        List<String> problems = problems(c);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unknown field \"si\\nde\\u001B[31m\""));
        assertThat(problems).allSatisfy(p -> assertThat(p).doesNotContain("\n", "\u001b"));
    }
}
