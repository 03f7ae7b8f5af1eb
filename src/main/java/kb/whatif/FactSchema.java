package kb.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kb.facts.FactFileKind;

/**
 * The fields one item of a fact file may have, read from the same JSON Schemas the loader checks
 * files with ({@code facts/schema/}, copied into the jar): what each field holds (a list of allowed
 * values, true/false, a date, a year, a span of years, an id or text) and whether it is required.
 * Candidate facts are built from this, so a new fact kind or value needs a schema, not Java.
 */
record FactSchema(FactFileKind kind, List<Field> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOLDER = "kb/facts/schema/";

    enum Shape { CHOICE, BOOLEAN, DATE, YEAR, YEARS, ID, SOURCES, BASIS, TEXT, PATTERN, OTHER }

    /** One field: its name, shape, allowed values (for a choice or a pattern), and whether it must be given. */
    record Field(String name, Shape shape, List<String> values, String pattern, boolean required) {
    }

    private static final Map<FactFileKind, FactSchema> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The schema of a kind, read once from the jar. */
    static FactSchema of(FactFileKind kind) {
        return READ.computeIfAbsent(kind, FactSchema::read);
    }

    private static FactSchema read(FactFileKind kind) {
        JsonNode root = read(kind.schemaName() + ".schema.json");
        JsonNode items = root.path("properties").path(kind.listField()).path("items");
        Set<String> required = new TreeSet<>();
        items.path("required").forEach(n -> required.add(n.asText()));
        List<Field> fields = new ArrayList<>();
        items.path("properties").fields().forEachRemaining(e -> fields.add(field(e.getKey(), resolve(e.getValue()),
                required.contains(e.getKey()))));
        return new FactSchema(kind, List.copyOf(fields));
    }

    private static Field field(String name, JsonNode node, boolean required) {
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.asText()));
            // The three bases are the tool's own: a suggestion is always HYPOTHETICAL.
            return new Field(name, values.contains("HYPOTHETICAL") ? Shape.BASIS : Shape.CHOICE, values, null, required);
        }
        String type = node.path("type").asText();
        if (type.equals("boolean")) {
            return new Field(name, Shape.BOOLEAN, List.of("false", "true"), null, required);
        }
        if (type.equals("integer")) {
            return new Field(name, Shape.YEAR, List.of(), null, required);
        }
        if (type.equals("object")) {
            Map<String, JsonNode> props = new LinkedHashMap<>();
            node.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), resolve(e.getValue())));
            boolean years = !props.isEmpty() && props.values().stream().allMatch(p -> p.path("type").asText().equals("integer"));
            return new Field(name, years ? Shape.YEARS : Shape.OTHER, List.copyOf(props.keySet()), null, required);
        }
        if (type.equals("array")) {
            return new Field(name, Shape.SOURCES, List.of(), null, required);
        }
        String pattern = node.path("pattern").asText(null);
        if (name.equals("id")) {
            return new Field(name, Shape.ID, List.of(), pattern, required);
        }
        if (pattern != null && isDatePattern(pattern)) {
            return new Field(name, Shape.DATE, List.of(), pattern, required);
        }
        // A pattern anchored at both ends is a format of the whole value (e.g. an indicator id, I4.1);
        // an unanchored one only says the text must not be blank.
        if (pattern != null && pattern.startsWith("^") && pattern.endsWith("$")) {
            return new Field(name, Shape.PATTERN, List.of(), pattern, required);
        }
        return new Field(name, Shape.TEXT, List.of(), pattern, required);
    }

    /** A text field whose pattern accepts both a year and a day is a date (the schemas' partialDate). */
    private static boolean isDatePattern(String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
        return p.matcher("2013").matches() && p.matcher("2013-08-17").matches();
    }

    /** Follows a {@code $ref} into common.schema.json's definitions. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            int hash = ref.indexOf('#');
            String file = hash > 0 ? ref.substring(0, hash) : null;
            String pointer = hash >= 0 ? ref.substring(hash + 1) : "";
            JsonNode base = file == null ? JSON.createObjectNode() : read(file);
            JsonNode target = base.at(pointer);
            // Keep the field's own words (description, pattern) where the definition lacks them.
            n = target.isMissingNode() ? JSON.createObjectNode() : target;
        }
        return n;
    }

    private static JsonNode read(String file) {
        try (InputStream in = FactSchema.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no schema " + FOLDER + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
