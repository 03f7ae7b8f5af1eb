package kb.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Words a JSON Schema error for an analyst: where it is ({@code file:line:column}), which
 * fact (by id) and which field, then what is wrong and what is allowed. The validator's
 * own sentences ("does not have a value in the enumeration") are kept only as a fallback.
 */
final class SchemaMessages {
    private static final int MAX_VALUE_CHARS = 60;

    private final JsonTree tree;
    private final String noun;
    /** For the errors of one item validated on its own: the list field and the item's index; else null and -1. */
    private final String listField;
    private final int index;

    private SchemaMessages(JsonTree tree, String noun, String listField, int index) {
        this.tree = tree;
        this.noun = noun;
        this.listField = listField;
        this.index = index;
    }

    /** For errors found on a whole file; {@code noun} names its items ("activity", "source", "case"). */
    static SchemaMessages forFile(JsonTree tree, String noun) {
        return new SchemaMessages(tree, noun, null, -1);
    }

    /** For errors found on one item of a list file, validated on its own: item {@code index} of {@code listField}. */
    static SchemaMessages forItem(JsonTree item, String noun, String listField, int index) {
        return new SchemaMessages(item, noun, listField, index);
    }

    private boolean forItem() {
        return listField != null;
    }

    /** A line with where the problem is in front, so the lines sort by position in the file. */
    record Located(int line, int column, String text) {
    }

    Located describe(Error e) {
        NodePath path = e.getInstanceLocation();
        JsonNode instance = e.getInstanceNode();
        String property = e.getProperty();
        JsonNode at = instance;
        if (property != null && "additionalProperties".equals(e.getKeyword()) && instance != null
                && instance.get(property) != null) {
            at = instance.get(property);
        }
        List<Object> steps = steps(forItem() ? List.of(listField, index) : List.of(), path, property);
        String owner = owner(steps);
        String field = field(steps);
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String subject = switch (keyword) {
            case "additionalProperties" -> "unknown field " + quote(field) + "; allowed: " + String.join(", ", allowedFields(e));
            case "required" -> "field " + quote(field) + " is required";
            default -> (field.isEmpty() ? "" : "field " + quote(field) + ": ") + explain(keyword, e, instance, field);
        };
        String text = (owner.isEmpty() ? "" : owner + ": ") + subject;
        int[] lineColumn = tree.lineColumn(at);
        return new Located(lineColumn[0], lineColumn[1], tree.where(at) + ": " + text);
    }

    private String explain(String keyword, Error e, JsonNode instance, String field) {
        JsonNode schema = e.getSchemaNode();
        return switch (keyword) {
            case "enum" -> value(instance) + " is not allowed; allowed: " + values(schema);
            case "type" -> "wrong type: expected " + typeName(arg(e, 1)) + ", found " + typeName(arg(e, 0))
                    + (instance != null && instance.isValueNode() ? " " + value(instance) : "");
            case "pattern" -> value(instance) + " " + patternMeaning(e, field);
            case "minItems" -> field.endsWith("sources") ? "needs at least one source id" : "needs at least " + arg(e, 0) + " item(s)";
            case "minimum" -> value(instance) + " is too small; the least allowed is " + arg(e, 0);
            case "maximum" -> value(instance) + " is too large; the most allowed is " + arg(e, 0);
            default -> e.getMessage();
        };
    }

    /** What a failed pattern means, from the shared type it belongs to. */
    private static String patternMeaning(Error e, String field) {
        String schemaAt = e.getSchemaLocation().toString();
        if (schemaAt.endsWith("/partialDate/pattern")) {
            return "is not a date; use YYYY, YYYY-MM or YYYY-MM-DD";
        }
        if (schemaAt.endsWith("/id/pattern")) {
            return "is not an id: use only ASCII letters, digits, '-', '_' and '.' (no spaces, no invisible or look-alike characters)";
        }
        if (field.endsWith("url")) {
            return "is not an http(s) address";
        }
        return "must not be blank: it needs a visible character (spaces, non-breaking spaces and control characters do not count)";
    }

    /**
     * The path from the file's root to the value at fault: where the validated value is in the
     * file, its instance location, and the field a keyword names.
     */
    private static List<Object> steps(List<Object> prefix, NodePath path, String property) {
        List<Object> steps = new ArrayList<>(prefix);
        for (int i = 0; i < path.getNameCount(); i++) {
            steps.add(path.getElement(i));
        }
        if (property != null) {
            steps.add(property);
        }
        return steps;
    }

    /** How many leading steps name the owner: a list and an index ("activities", 3), or the case object. */
    private int ownerSteps(List<Object> steps) {
        if (forItem()) {
            return 2;
        }
        if (steps.size() < 2 || !(steps.get(0) instanceof String top) || tree.root().get(top) == null) {
            return 0;
        }
        JsonNode container = tree.root().get(top);
        if (container.isArray() && steps.get(1) instanceof Integer) {
            return 2;
        }
        return container.isObject() ? 1 : 0;
    }

    /** "activity \"A-1\"" for an item of a list file, "case \"batam-gimje\"" for the case; "" at the top. */
    private String owner(List<Object> steps) {
        int n = ownerSteps(steps);
        if (n == 0) {
            return "";
        }
        JsonNode item = ownerNode(steps, n);
        JsonNode id = item == null ? null : item.get("id");
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            return noun + " " + id;
        }
        return n == 2 ? noun + " number " + ((Integer) steps.get(1) + 1) + " (no id)" : noun;
    }

    /** The item or the case object that the first {@code n} steps lead to. */
    private JsonNode ownerNode(List<Object> steps, int n) {
        if (forItem()) {
            return tree.root();
        }
        JsonNode owner = tree.root().get((String) steps.get(0));
        return n == 2 ? owner.get((Integer) steps.get(1)) : owner;
    }

    /** The field under the owner, e.g. "date", "period.to", "sources[2]"; "" for the owner itself. */
    private String field(List<Object> steps) {
        List<String> parts = new ArrayList<>();
        for (Object el : steps.subList(ownerSteps(steps), steps.size())) {
            parts.add(el instanceof Integer n ? "[" + n + "]" : String.valueOf(el));
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static List<String> allowedFields(Error e) {
        JsonNode node = FactSchemas.node(e.getSchemaLocation().getAbsoluteIri().toString());
        NodePath fragment = e.getSchemaLocation().getFragment();
        for (int i = 0; node != null && i < fragment.getNameCount() - 1; i++) {
            Object el = fragment.getElement(i);
            node = el instanceof Integer n ? node.get(n) : node.get(String.valueOf(el));
        }
        JsonNode properties = node == null ? null : node.get("properties");
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static String values(JsonNode array) {
        if (array == null || !array.isArray()) {
            return "?";
        }
        return StreamSupport.stream(array.spliterator(), false)
                .map(v -> v.isTextual() ? v.asText() : v.toString()).collect(Collectors.joining(", "));
    }

    private static String arg(Error e, int i) {
        Object[] args = e.getArguments();
        return args != null && args.length > i ? String.valueOf(args[i]) : "?";
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text in quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "an object {...}";
            case "array" -> "a list [...]";
            case "null" -> "null";
            default -> jsonType;
        };
    }

    /** A name from the file, in quotes, with control characters escaped so a message stays one clean line. */
    static String quote(String name) {
        return TextNode.valueOf(name).toString();
    }

    /** The offending value, quoted and cut short so a 10 MB string does not flood the terminal. */
    static String value(JsonNode v) {
        if (v == null) {
            return "the value";
        }
        // toString() of a text node is JSON: quoted, with control characters escaped, so it stays on one line.
        String s = v.isTextual() ? v.toString() : v.isContainerNode() ? (v.isArray() ? "[...]" : "{...}")
                : v.toString();
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "...\" (" + s.length() + " characters)";
    }
}
