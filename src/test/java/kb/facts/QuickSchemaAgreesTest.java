package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickSchema} stands in for the JSON Schema validator on the quick read of a fact file.
 * On every fact file of every shipped case and on thousands of damaged copies of them (a value of
 * another kind, a field dropped, added, renamed or given twice, a string the patterns refuse) it
 * must say yes exactly where the validator (after the careful parser, which refuses duplicate
 * keys) says yes: a quick yes to a file the validator refuses would be a verdict where a message
 * is due.
 */
class QuickSchemaAgreesTest {
    private static final Path FACTS = Path.of("facts");
    private static final int COPIES_PER_FILE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ODD_STRINGS = {"", " ", "x y", "unknown", "2017", "2017-13", "2017-05-04", "2014/2018",
            "../2018", "2017-5-4", "A-1", "a\u0000b", "\t", "MEETING", "REALISED", "HYPOTHETICAL", "thesis", "é"};

    @Test
    void everyShippedFactSchemaHasAQuickCheck() throws IOException {
        try (Stream<Path> schemas = Files.list(FACTS.resolve("schema"))) {
            List<String> kinds = schemas.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".schema.json") && !n.equals("common.schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
            assertThat(kinds).isNotEmpty();
            for (String kind : kinds) {
                assertThat(QuickSchema.of(kind)).as(kind).isPresent();
            }
        }
    }

    @Test
    void theQuickCheckAndTheValidatorAgreeOnShippedFilesAndDamagedCopies() throws IOException {
        Random random = new Random(20261203L);
        int yes = 0;
        int no = 0;
        for (Path file : shippedFactFiles()) {
            String kind = file.getFileName().toString().replace(".json", "");
            byte[] shipped = Files.readAllBytes(file);
            assertThat(quick(kind, shipped)).as(file.toString()).isTrue();
            JsonNode tree = JSON.readTree(shipped);
            for (int i = 0; i < COPIES_PER_FILE; i++) {
                byte[] damaged = damage(tree.deepCopy(), random);
                boolean validator = validator(kind, damaged);
                assertThat(quick(kind, damaged)).as(file + " damaged: " + new String(damaged, StandardCharsets.UTF_8))
                        .isEqualTo(validator);
                if (validator) {
                    yes++;
                } else {
                    no++;
                }
            }
        }
        assertThat(yes).as("damaged copies the validator still takes").isGreaterThan(100);
        assertThat(no).as("damaged copies the validator refuses").isGreaterThan(100);
    }

    @Test
    void everyShippedPatternMatchesWhatTheValidatorsOwnRegularExpressionMatches() throws IOException {
        List<String> patterns = new ArrayList<>();
        try (Stream<Path> schemas = Files.list(FACTS.resolve("schema"))) {
            for (Path schema : schemas.sorted().toList()) {
                JSON.readTree(schema.toFile()).findValues("pattern").stream().filter(JsonNode::isTextual)
                        .map(JsonNode::textValue).forEach(patterns::add);
            }
        }
        List<String> probes = new ArrayList<>(List.of(ODD_STRINGS));
        probes.addAll(List.of("A-1\n", "2017-05-04\n", "x\r\n", "\u00a0", "\u2028", "a\u200bb", "\ud83d\ude00", "..", "../..",
                "2014/..", "1988-02-30", "generated-000000-A17", "Hypothetical exploration visit 1", "hypothetical", "$", "^"));
        for (Path file : shippedFactFiles()) {
            JSON.readTree(file.toFile()).findValues("id").stream().map(JsonNode::asText).forEach(probes::add);
        }
        assertThat(patterns).hasSizeGreaterThan(5);
        for (String pattern : patterns) {
            com.networknt.schema.regex.RegularExpression theirs =
                    com.networknt.schema.regex.JDKRegularExpressionFactory.getInstance().getRegularExpression(pattern);
            QuickSchema.Regex ours = QuickSchema.Regex.of(pattern);
            for (String probe : probes) {
                assertThat(ours.matches(probe)).as(pattern + " on " + probe).isEqualTo(theirs.matches(probe));
            }
        }
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtAnyDepthEvenWhereTheSchemaAllowsAnyValue() throws IOException {
        JsonNode anything = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
        QuickSchema any = QuickSchema.compile("any.json", f -> anything).orElseThrow();
        assertThat(quick(any, "{\"a\": [{\"b\": 1, \"c\": 2}]}")).isTrue();
        assertThat(quick(any, "{\"a\": [{\"b\": 1, \"b\": 2}]}")).isFalse();
        assertThat(quick(QuickSchema.of("motives").orElseThrow(), "{\"motives\": [], \"motives\": []}")).isFalse();
    }

    @Test
    void aSchemaWithAKeywordTheQuickCheckDoesNotKnowHasNone() {
        Map<String, String> files = Map.of(
                "oneOf.json", "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}",
                "loop.json", "{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}",
                "refWithMore.json", "{\"$ref\": \"other.json\", \"type\": \"string\"}",
                "badPattern.json", "{\"pattern\": \"[\"}",
                "draft7.json", "{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}");
        for (String file : files.keySet()) {
            assertThat(QuickSchema.compile(file, f -> read(files.get(f)))).as(file).isEmpty();
        }
    }

    @Test
    void anIntegerWrittenWithAFractionIsLeftToTheValidator() throws IOException {
        JsonNode schema = read("{\"type\": \"integer\", \"minimum\": 2}");
        QuickSchema integer = QuickSchema.compile("int.json", f -> schema).orElseThrow();
        assertThat(quick(integer, "2")).isTrue();
        assertThat(quick(integer, "1")).isFalse();
        assertThat(quick(integer, "2.0")).as("the validator decides, on the careful read").isFalse();
    }

    private static List<Path> shippedFactFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(FACTS)) {
            all.filter(p -> p.toString().endsWith(".json") && !p.startsWith(FACTS.resolve("schema")))
                    .filter(p -> Files.exists(FACTS.resolve("schema").resolve(p.getFileName().toString().replace(".json", ".schema.json"))))
                    .sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(50);
        return files;
    }

    /** One random change somewhere in the tree, sometimes also a key written twice. */
    private static byte[] damage(JsonNode root, Random random) throws IOException {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set("extra" + random.nextInt(3), other(random));
                case 2 -> object.set(name + "x", object.remove(name));
                default -> object.set(name, other(random));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int at = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(at);
            } else {
                array.set(at, other(random));
            }
        }
        String text = JSON.writeValueAsString(root);
        if (random.nextInt(8) == 0) {
            // A key written twice: the first field of some object, given again with the same value.
            int brace = text.indexOf("{\"", random.nextInt(Math.max(1, text.length() / 2)));
            if (brace >= 0) {
                int colon = text.indexOf("\":", brace);
                text = text.substring(0, brace + 1) + text.substring(brace + 1, colon + 2) + "null," + text.substring(brace + 1);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode other(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.numberNode(random.nextInt(5) - 1);
            case 3 -> nodes.numberNode(1.5);
            case 4 -> nodes.arrayNode().add(ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
            case 5 -> nodes.objectNode().put("id", ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
            default -> nodes.textNode(ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
        };
    }

    /** What the careful read decides: the parser refusing duplicate keys, then the JSON Schema validator. */
    private static boolean validator(String kind, byte[] bytes) {
        JsonNode tree;
        try {
            tree = JsonTree.parse(Path.of(kind + ".json"), bytes).root();
        } catch (JsonTree.NotJson e) {
            return false;
        }
        return FactSchemas.validate(kind, tree).isEmpty();
    }

    private static boolean quick(String kind, byte[] bytes) {
        return quick(QuickSchema.of(kind).orElseThrow(), bytes);
    }

    private static boolean quick(QuickSchema schema, String json) {
        return quick(schema, json.getBytes(StandardCharsets.UTF_8));
    }

    /** As the quick read checks a file: every token through a {@link CheckingParser}, then whether they made one value that passed. */
    private static boolean quick(QuickSchema schema, byte[] bytes) {
        try (CheckingParser p = CheckingParser.of(bytes, schema)) {
            while (p.nextToken() != null) {
                // the walk follows
            }
            return p.passed();
        } catch (IOException e) {
            return false;
        }
    }

    private static JsonNode read(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
