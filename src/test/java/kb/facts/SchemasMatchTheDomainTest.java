package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas in facts/schema are written by hand for editors; the domain classes are what
 * the rules see. This keeps the two from drifting: same fields, same allowed values, and
 * every fact file under facts/ points its editor at the right schema.
 */
class SchemasMatchTheDomainTest {
    private static final Path SCHEMAS = Path.of("facts/schema");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Schema name, the JSON pointer to the object schema, and the class it describes. */
    private static Map<String, Object[]> objects() {
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("case", new Object[] {"/properties/partnership", Partnership.class});
        m.put("case#party", new Object[] {"/$defs/party", Party.class});
        m.put("case#period", new Object[] {"/properties/partnership/properties/period", Period.class});
        for (FactFileKind kind : FactFileKind.values()) {
            m.put(kind.schemaName(), new Object[] {"/properties/" + kind.listField() + "/items", kind.itemClass()});
        }
        return m;
    }

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(name.split("#")[0] + ".schema.json").toFile());
    }

    private static Map<String, Class<?>> javaFields(Class<?> type) {
        JavaType t = StrictJson.MAPPER.constructType(type);
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : StrictJson.MAPPER.getDeserializationConfig().introspect(t).findProperties()) {
            if (p.hasField()) {
                fields.put(p.getName(), p.getField().getRawType());
            }
        }
        return fields;
    }

    @Test
    void everyObjectInTheSchemasHasExactlyTheFieldsOfItsClass() throws IOException {
        for (Map.Entry<String, Object[]> e : objects().entrySet()) {
            JsonNode object = schema(e.getKey()).at((String) e.getValue()[0]);
            List<String> inSchema = new ArrayList<>();
            object.get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertThat(inSchema).as(e.getKey()).containsExactlyInAnyOrderElementsOf(
                    javaFields((Class<?>) e.getValue()[1]).keySet());
            assertThat(object.get("additionalProperties").asBoolean(true)).as(e.getKey() + " is closed").isFalse();
            object.get("required").forEach(r -> assertThat(inSchema).as(e.getKey() + " required").contains(r.asText()));
        }
    }

    @Test
    void everyEnumInTheSchemasListsExactlyTheValuesOfItsJavaEnum() throws IOException {
        int checked = 0;
        for (Map.Entry<String, Object[]> e : objects().entrySet()) {
            JsonNode root = schema(e.getKey());
            JsonNode properties = root.at((String) e.getValue()[0]).get("properties");
            for (Map.Entry<String, Class<?>> field : javaFields((Class<?>) e.getValue()[1]).entrySet()) {
                if (!field.getValue().isEnum()) {
                    continue;
                }
                JsonNode p = properties.get(field.getKey());
                JsonNode values = p.has("$ref") ? resolve(p.get("$ref").asText()) : p;
                List<String> inSchema = new ArrayList<>();
                values.get("enum").forEach(v -> inSchema.add(v.asText()));
                assertThat(inSchema).as(e.getKey() + "." + field.getKey()).containsExactlyElementsOf(
                        Arrays.stream(field.getValue().getEnumConstants()).map(Object::toString).toList());
                checked++;
            }
        }
        assertThat(checked).as("enums compared").isGreaterThanOrEqualTo(10);
    }

    @Test
    void theFindingFactorsAreTheSixFactors() throws IOException {
        List<String> factors = new ArrayList<>();
        schema("findings").at("/properties/findings/items/properties/factor/enum").forEach(v -> factors.add(v.asText()));
        assertThat(factors).containsExactly("F1", "F2", "F3", "F4", "F5", "F6");
    }

    private static JsonNode resolve(String ref) throws IOException {
        String[] parts = ref.split("#");
        return JSON.readTree(SCHEMAS.resolve(parts[0]).toFile()).at(parts[1]);
    }

    @Test
    void theIndicatorsAnAbsenceMayNameAreThoseTheRulesNameAndLabel() throws IOException {
        List<String> allowed = new ArrayList<>();
        schema("absences").at("/properties/absences/items/properties/indicator/enum").forEach(v -> allowed.add(v.asText()));
        List<String> labelled = new ArrayList<>();
        JSON.readTree(Path.of("rules/labels.json").toFile()).path("indicators").fieldNames().forEachRemaining(labelled::add);
        assertThat(allowed).as("absences.schema.json against rules/labels.json").isNotEmpty().containsExactlyElementsOf(labelled);
        java.util.Set<String> named = new java.util.TreeSet<>();
        kb.Shipped.rules().catalogue().all().forEach(rule -> rule.indicators().stream()
                .filter(i -> i.matches("I\\d+\\.\\d+")).forEach(named::add));
        assertThat(named).as("indicators the rules' @indicator names").isNotEmpty().containsExactlyInAnyOrderElementsOf(allowed);
    }

    @Test
    void everyFactFileUnderFactsPointsItsEditorAtTheSchemaOfItsKind() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("facts"), 2)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".json") && !p.startsWith(SCHEMAS)).toList()) {
                String name = f.getFileName().toString();
                if (name.equals(FactFileKind.EXPECTED_FILE)) {
                    continue;
                }
                assertThat(JSON.readTree(f.toFile()).path("$schema").asText()).as(f.toString())
                        .isEqualTo("../schema/" + name.replace(".json", ".schema.json"));
                assertThat(SCHEMAS.resolve(name.replace(".json", ".schema.json"))).exists();
                files++;
            }
        }
        assertThat(files).isGreaterThan(20);
    }

    @Test
    void thereIsASchemaForEveryKindOfFactFile() {
        assertThat(SCHEMAS.resolve("case.schema.json")).exists();
        for (FactFileKind kind : FactFileKind.values()) {
            assertThat(SCHEMAS.resolve(kind.schemaName() + ".schema.json")).exists();
            assertThat(FactSchemas.of(kind.schemaName())).isNotNull();
        }
    }
}
