package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items of a list file are checked and bound one at a time as the file is read, and the
 * wrapper around the list on its own. These pin that each still gets its place in the whole
 * file: an item's line and column, its id, and the wrapper's fields after the cut-out list.
 */
class ListFileTest {
    private static final Path BASE = Path.of("src/test/resources/bad-input/case");

    @TempDir
    Path temp;

    private Path caseWith(String file, String content) throws IOException {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        Files.writeString(c.resolve(file), content);
        return c;
    }

    private static List<String> problems(Path c) {
        BadFactsException e = catchThrowableOfType(BadFactsException.class, () -> new CaseLoader().load(c));
        assertThat(e).as("the case must be refused").isNotNull();
        return e.problems().stream().map(p -> p.replace(c + "/", "")).toList();
    }

    @Test
    void anItemsProblemsNameItsLineColumnAndIdAndTheWrappersFieldsKeepTheirPlace() throws IOException {
        Path c = caseWith("activities.json", """
                {
                  "description": 5,
                  "activities": [
                    {"id": "A-1", "date": "2015", "type": "MEETING", "status": "REALISED",
                     "summary": "One", "basis": "HYPOTHETICAL", "sources": ["made-up"]},
                    {"id": "A-2", "date": "2015", "type": "MEETING", "status": "REALISED", "summary": "Two", "basis": "HYPOTHETICAL", "sources": ["made-up"]}, {"id": "A-3", "date": "2015", "type": "MEETNG", "status": "REALISED",
                     "summary": "Three", "basis": "HYPOTHETICAL", "sources": []},
                    {"date": "2015-02-30", "type": "MEETING", "status": "REALISED", "summary": "Four", "basis": "HYPOTHETICAL", "sources": ["made-up"]}
                  ],
                  "note": 1
                }
                """);
        assertThat(problems(c)).containsExactly(
                "activities.json:2:18: field \"description\": wrong type: expected text in quotes, found a whole number 5",
                "activities.json:6:182: activity \"A-3\": field \"type\": \"MEETNG\" is not allowed; allowed: EXPLORATION_VISIT,"
                        + " MEETING, OFFICIAL_VISIT, SIGNING, JOINT_PROGRAMME, EXCHANGE, TRAINING, TRADE_MISSION, WORKING_DELEGATION",
                "activities.json:7:62: activity \"A-3\": field \"sources\": needs at least one source id",
                "activities.json:8:5: activity number 4 (no id): field \"id\" is required",
                "activities.json:10:11: unknown field \"note\"; allowed: $schema, description, activities",
                "activities.json:8:14: activity (no id): field \"date\": '2015-02-30' is not a calendar date;"
                        + " use YYYY, YYYY-MM, YYYY-MM-DD, \"unknown\" or a range FROM/TO (e.g. 2014/2018; \"..\" for an open end)");
    }

    @Test
    void aDuplicateIdAcrossTwoFilesPointsAtBothPlaces() throws IOException {
        Path c = caseWith("activities.json", "{\"activities\": ["
                + "{\"id\": \"A-1\", \"date\": \"2015\", \"type\": \"MEETING\", \"status\": \"REALISED\", \"summary\": \"One\","
                + " \"basis\": \"HYPOTHETICAL\", \"sources\": [\"made-up\"]}, "
                + "{\"id\": \"A-2\", \"date\": \"2015\", \"type\": \"MEETING\", \"status\": \"REALISED\", \"summary\": \"Two\","
                + " \"basis\": \"HYPOTHETICAL\", \"sources\": [\"made-up\"]}]}");
        TestFolders.editFirst(c.resolve("motives.json"), "\"M-partner\"", "\"A-2\"");
        assertThat(problems(c)).containsExactly("motives.json:6:12: motive \"A-2\": field \"id\": duplicate id"
                + " (first at activities.json:1:163); ids must be unique in a case");
    }

    @Test
    void equalDatesAndSourceListsOfOneCarefulLoadAreOneObjectAndTheListsCannotChangeEitherWay() throws BadFactsException {
        // The careful read streams files of any size (a million activities): equal values share one object there.
        CaseFacts facts = new CaseLoader().loadCarefully(BASE);
        List<Activity> activities = facts.facts().stream()
                .filter(Activity.class::isInstance).map(Activity.class::cast).toList();
        Activity visit = activities.get(0);
        Activity signing = activities.get(1);
        assertThat(visit.getSources()).isEqualTo(List.of("made-up"));
        assertThat(visit.getSourceRefs()).isSameAs(signing.getSourceRefs());
        assertThatThrownBy(() -> visit.getSources().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> visit.getSourceRefs().add(SourceRef.of("x"))).isInstanceOf(UnsupportedOperationException.class);

        CaseFacts again = new CaseLoader().loadCarefully(BASE);
        Activity visitAgain = (Activity) again.fact(visit.getId()).orElseThrow();
        assertThat(visitAgain.getDate()).as("a new load shares nothing with the last").isEqualTo(visit.getDate())
                .isNotSameAs(visit.getDate());

        // The quick read (files of at most 4 MiB) does not look equal values up, but its lists cannot change either.
        Activity quick = (Activity) new CaseLoader().load(BASE).fact(visit.getId()).orElseThrow();
        assertThat(quick.getSourceRefs()).isEqualTo(visit.getSourceRefs());
        assertThatThrownBy(() -> quick.getSources().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> quick.getSourceRefs().add(SourceRef.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theSchemaOfEveryListSaysNothingAboutTheListAsAWhole() throws IOException {
        // The items are checked one at a time and the wrapper with an empty list: a "minItems" or
        // "uniqueItems" on the list itself would never be checked against the real items.
        ObjectMapper json = new ObjectMapper();
        for (FactFileKind kind : FactFileKind.values()) {
            JsonNode list = json.readTree(Path.of("facts/schema", kind.schemaName() + ".schema.json").toFile())
                    .at("/properties/" + kind.listField());
            List<String> keywords = new ArrayList<>();
            list.fieldNames().forEachRemaining(keywords::add);
            assertThat(keywords).as(kind.fileName()).containsExactlyInAnyOrder("type", "items");
        }
    }

    @Test
    void aFileThatHasMoreBytesThanTheLimitFailsWhileItIsRead() throws IOException {
        try (InputStream in = new BoundedInput(new ByteArrayInputStream(new byte[11]), 10)) {
            assertThatThrownBy(() -> in.readAllBytes()).isInstanceOf(BoundedInput.OverLimit.class);
        }
        try (BoundedInput in = new BoundedInput(new ByteArrayInputStream(" \n\t\u000b".getBytes(StandardCharsets.UTF_8)), 10)) {
            in.drain();
            assertThat(in.wasBlank()).isTrue();
        }
        try (BoundedInput in = new BoundedInput(new ByteArrayInputStream(" \n{".getBytes(StandardCharsets.UTF_8)), 10)) {
            in.drain();
            assertThat(in.wasBlank()).isFalse();
        }
    }
}
