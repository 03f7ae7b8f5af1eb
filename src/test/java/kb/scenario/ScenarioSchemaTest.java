package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * scenarios/scenario.schema.json (for editors) accepts every shipped scenario and example and
 * refuses the mistakes the loader refuses: an unknown field, a misspelt verdict, both a case and
 * a partnership.
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
        assertThat(problems("{\"name\": \"x\", \"case\": \"a\", \"factors\": {\"F1\": true}, \"verdict\": \"NOT_OPTIMAL\"}")).isEmpty();
    }
}
