package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kb.conclusions.FactorStatus;
import kb.framework.Verdicts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * scenarios/scenario.schema.json (for editors) accepts every shipped scenario and example and
 * refuses the mistakes the loader refuses: an unknown field, a misspelt verdict, both a case and
 * a partnership, a factor given as true/false (the old format).
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("scenarios/scenario.schema.json");
    private static final Schema SCENARIO = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaLoader(loader -> loader.fetchRemoteResources(true).allow(iri -> iri.toString().startsWith("file:"))))
            .getSchema(SchemaLocation.of(SCHEMA.toAbsolutePath().toUri().toString()));

    private static List<String> problems(String json) {
        return SCENARIO.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioMatchesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("scenarios")), Files.list(Path.of("examples")))) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
                () -> assertThat(problems(Files.readString(f))).as(f.toString()).isEmpty()));
    }

    @Test
    void theSchemaRefusesWhatTheLoaderRefuses() {
        assertThat(problems("{\"name\": \"x\", \"case\": \"../facts/batam-gimje\", \"verdikt\": \"OPTIMAL\"}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"../facts/batam-gimje\", \"verdict\": \"OPTIMALE\"}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"partnership\": {}}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"factors\": {\"F1\": \"yes\"}}")).isNotEmpty();
        // The old format (true/false per factor, mustFire) is refused, as the loader refuses it.
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"factors\": {\"F1\": true}}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"mustFire\": [\"F1.M\"]}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"possibleVerdicts\": [\"UNDETERMINED\"]}")).isNotEmpty();
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"factors\": {\"F1\": \"MET\", \"F4\": \"UNDETERMINED\"},"
                + " \"verdict\": \"UNDETERMINED\", \"possibleVerdicts\": [\"LESS_THAN_OPTIMAL\", \"NOT_OPTIMAL\"],"
                + " \"justifiedBy\": [\"F1.M\"]}")).isEmpty();
    }

    /** The schema's verdicts are those of rules/verdicts.json (plus the tool's own UNDETERMINED), so editors offer no other. */
    @Test
    void theSchemasVerdictsAreThoseOfTheRules() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(SCHEMA.toFile()).path("properties");
        List<String> ids = new ArrayList<>();
        json.readTree(Path.of("rules/verdicts.json").toFile()).path("verdicts").forEach(v -> ids.add(v.path("id").asText()));
        assertThat(ids).isNotEmpty();
        assertThat(texts(schema.path("possibleVerdicts").path("items").path("enum"))).containsExactlyElementsOf(ids);
        List<String> withUndetermined = new ArrayList<>(ids);
        withUndetermined.add(Verdicts.UNDETERMINED);
        assertThat(texts(schema.path("verdict").path("enum"))).containsExactlyElementsOf(withUndetermined);
        assertThat(texts(schema.path("factors").path("additionalProperties").path("enum")))
                .containsExactly(Arrays.stream(FactorStatus.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
