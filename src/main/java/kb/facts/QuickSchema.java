package kb.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.regex.RegularExpressions;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fact file's JSON Schema turned into a yes-or-no check that follows the file's tokens as a
 * binder pulls them ({@link CheckingParser}): no tree is built and nothing is kept for a
 * message. It lets {@link QuickFactFile} check and bind a good file in one parse; the JSON
 * Schema validator (networknt) took three fifths of a quick read, most of it keeping the paths a
 * message would need, and its start-up more than a one-case run's reading.
 *
 * <p>It knows the keywords the fact schemas use: {@code type}, {@code enum} of strings,
 * {@code pattern} (made and searched as the validator's JDK regular expressions make and search it: {@link Regex}),
 * {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code minItems}/{@code maxItems},
 * a {@code $ref} with nothing but notes beside it, and the annotations. A schema with any other
 * keyword, a reference it cannot follow, or a loop of references has no quick check, and its
 * files are read the careful way. It may say no where the validator says yes (a 2.0 given for an
 * integer): the careful read then decides. It never says yes where the validator says no; {@code
 * QuickSchemaAgreesTest} holds it to that on the shipped cases and their damaged copies.
 */
final class QuickSchema {
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** Keywords that say nothing a value must be. */
    private static final Set<String> NOTES = Set.of("$schema", "$defs", "$comment", "title", "description",
            "examples", "default", "deprecated", "readOnly", "writeOnly");
    private static final Map<String, Optional<QuickSchema>> BY_NAME = new ConcurrentHashMap<>();

    private final Node root;

    private QuickSchema(Node root) {
        this.root = root;
    }

    /** The quick check of a file kind's schema (e.g. {@code "activities"}), when every keyword of it is known here. */
    static Optional<QuickSchema> of(String name) {
        return BY_NAME.computeIfAbsent(name, n -> compile(n + ".schema.json", QuickSchema::shipped));
    }

    /**
     * A schema file of the jar (where {@link FactSchemas} reads them) as plain JSON, without the
     * validator: a good case is then read without starting it, which costs a one-case run more
     * than reading the case. Null for a file the jar lacks.
     */
    private static JsonNode shipped(String file) {
        String resource = FactSchemas.LOCATION.substring("classpath:".length()) + file;
        try (java.io.InputStream in = QuickSchema.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : StrictJson.MAPPER.readTree(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** The quick check of a schema file, its references read by {@code files} (null for a file it cannot read). */
    static Optional<QuickSchema> compile(String file, Function<String, JsonNode> files) {
        try {
            return Optional.of(new QuickSchema(new Compiler(files).at(file, "")));
        } catch (Unsupported | RuntimeException e) {
            // RuntimeException: a pattern the regular expressions refuse; the validator will say so.
            return Optional.empty();
        }
    }

    /** A check of one value that is handed its tokens one by one, as a parser yields them. */
    Walk walk() {
        return new Walk(root);
    }

    /**
     * Checks a value as its tokens go by, one frame per object or array it is inside: whoever
     * reads the tokens (a binder, through {@link CheckingParser}) pays for one parse, and the
     * check follows along. It never throws: the first thing that fails is remembered.
     */
    static final class Walk {
        private final Node root;
        private Frame top;
        /** The schema of the value that comes next in the object on top, set by its field name. */
        private Node next;
        private boolean started;
        private boolean failed;

        private Walk(Node root) {
            this.root = root;
        }

        /** An object or array being walked: its schema, the fields seen (bits, and a set for others) or the items counted. */
        private static final class Frame {
            final Frame below;
            final Node node;
            final boolean array;
            long seen;
            Set<String> others;
            int count;

            Frame(Frame below, Node node, boolean array) {
                this.below = below;
                this.node = node;
                this.array = array;
            }
        }

        /** True when one whole value went by and passed. */
        boolean passed() {
            return !failed && started && top == null;
        }

        void accept(JsonToken token, JsonParser p) throws IOException {
            if (failed) {
                return;
            }
            switch (token) {
                case FIELD_NAME -> field(p.currentName());
                case START_OBJECT, START_ARRAY -> {
                    Node node = value();
                    boolean array = token == JsonToken.START_ARRAY;
                    if (node != null && node.allowsContainer(array)) {
                        top = new Frame(top, node, array);
                    } else {
                        failed = true;
                    }
                }
                case END_OBJECT, END_ARRAY -> {
                    Frame frame = top;
                    top = frame.below;
                    failed = !frame.node.complete(frame);
                }
                default -> {
                    Node node = value();
                    failed = node == null || !node.scalarPasses(token, p);
                }
            }
        }

        /** The schema of the value whose first token this is; null for a second value where one is allowed. */
        private Node value() {
            if (top == null) {
                if (started) {
                    return null;
                }
                started = true;
                return root;
            }
            if (top.array) {
                top.count++;
                return top.node.items;
            }
            return next;
        }

        /**
         * A field of the object on top: its schema comes next, and a field given twice fails. The
         * parser is not asked to look for duplicate keys, which costs it a set of names per
         * object: the field bits find them for nothing.
         */
        private void field(String name) {
            Node.Field field = top.node.fields.get(name);
            if (field != null) {
                failed = (top.seen & field.bit) != 0;
                top.seen |= field.bit;
                next = field.schema;
            } else {
                if (top.others == null) {
                    top.others = new HashSet<>();
                }
                failed = !top.others.add(name);
                next = top.node.otherFields;
            }
        }
    }

    // The kinds of JSON value a "type" may name, as bits.
    private static final int OBJECT = 1;
    private static final int ARRAY = 2;
    private static final int STRING = 4;
    private static final int INTEGER = 8;
    /** "number": integers and numbers with a fraction or exponent. */
    private static final int NUMBER = 16;
    private static final int BOOLEAN = 32;
    private static final int NULL = 64;
    private static final int ANY_TYPE = 127;
    private static final Map<String, Integer> TYPES = Map.of("object", OBJECT, "array", ARRAY, "string", STRING,
            "integer", INTEGER, "number", NUMBER, "boolean", BOOLEAN, "null", NULL);

    /** One schema, compiled: each field left at its default asks nothing. */
    private static final class Node {
        /** {@code true}: any value (its objects still may not give a key twice). */
        static final Node ANYTHING = new Node();
        /** {@code false}: no value. */
        static final Node NOTHING = new Node(0);

        static {
            // Made before ANYTHING existed, their defaults are null: anything holds anything.
            ANYTHING.items = ANYTHING;
            ANYTHING.otherFields = ANYTHING;
            NOTHING.items = NOTHING;
            NOTHING.otherFields = NOTHING;
        }

        int types;
        Set<String> allowed;
        Regex pattern;
        int minLength;
        int maxLength = Integer.MAX_VALUE;
        BigDecimal minimum;
        BigDecimal maximum;
        Map<String, Field> fields = Map.of();
        /** The bits of {@link #fields} an object must have: its required fields. */
        long required;
        Node otherFields = ANYTHING;
        Node items = ANYTHING;
        int minItems;
        int maxItems = Integer.MAX_VALUE;

        /** A property's schema and its own bit, to find it missing or given twice. */
        record Field(Node schema, long bit) {
        }

        Node() {
            this(ANY_TYPE);
        }

        private Node(int types) {
            this.types = types;
        }

        /** An object or array may start here (an enum of strings takes neither). */
        boolean allowsContainer(boolean array) {
            return (types & (array ? ARRAY : OBJECT)) != 0 && allowed == null;
        }

        /** An object that ends here had its required fields; an array its number of items. */
        boolean complete(Walk.Frame frame) {
            return frame.array ? frame.count >= minItems && frame.count <= maxItems : (frame.seen & required) == required;
        }

        boolean scalarPasses(JsonToken token, JsonParser p) throws IOException {
            return switch (token) {
                case VALUE_STRING -> (types & STRING) != 0 && string(p.getText());
                case VALUE_NUMBER_INT -> (types & (INTEGER | NUMBER)) != 0 && allowed == null && number(p);
                case VALUE_NUMBER_FLOAT -> (types & NUMBER) != 0 && allowed == null && number(p);
                case VALUE_TRUE, VALUE_FALSE -> (types & BOOLEAN) != 0 && allowed == null;
                case VALUE_NULL -> (types & NULL) != 0 && allowed == null;
                default -> false;
            };
        }

        private boolean string(String text) {
            if (allowed != null && !allowed.contains(text)) {
                return false;
            }
            if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
                int length = text.codePointCount(0, text.length());
                if (length < minLength || length > maxLength) {
                    return false;
                }
            }
            return pattern == null || pattern.matches(text);
        }

        private boolean number(JsonParser p) throws IOException {
            if (minimum == null && maximum == null) {
                return true;
            }
            BigDecimal value = p.getDecimalValue();
            return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
        }
    }

    /**
     * A {@code pattern} as the validator's JDK regular expressions make it ({@code
     * JDKRegularExpression}: its two rewrites of ECMAScript's {@code $} and long property names,
     * then {@link Pattern}) and searched as they search ({@code find}), by {@link
     * SmallRegex#searcher} (every pattern the fact schemas have is a small regex, searched
     * without the regex engine). {@code QuickSchemaAgreesTest} checks it against the validator's
     * own on every shipped pattern.
     */
    static final class Regex {
        private final Predicate<String> search;

        private Regex(Pattern pattern) {
            this.search = SmallRegex.searcher(pattern);
        }

        static Regex of(String regex) {
            return new Regex(Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
                    RegularExpressions.replaceDollarAnchors(regex))));
        }

        boolean matches(String text) {
            return search.test(text);
        }
    }

    /** Thrown while compiling: this schema gets no quick check. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Compiles schema files, following references between them. */
    private static final class Compiler {
        private final Function<String, JsonNode> files;
        private final Map<String, Node> done = new HashMap<>();
        private final Set<String> underway = new HashSet<>();

        Compiler(Function<String, JsonNode> files) {
            this.files = files;
        }

        /** The schema at a JSON pointer ({@code ""} for the whole) of a schema file. */
        Node at(String file, String pointer) throws Unsupported {
            String key = file + "#" + pointer;
            Node known = done.get(key);
            if (known != null) {
                return known;
            }
            if (!underway.add(key)) {
                throw new Unsupported();
            }
            JsonNode whole = files.apply(file);
            if (whole == null) {
                throw new Unsupported();
            }
            if (pointer.isEmpty() && !DRAFT_2020_12.equals(whole.path("$schema").asText(DRAFT_2020_12))) {
                throw new Unsupported();
            }
            JsonNode schema = whole.at(JsonPointer.compile(pointer));
            if (schema.isMissingNode()) {
                throw new Unsupported();
            }
            Node node = compile(schema, file);
            underway.remove(key);
            done.put(key, node);
            return node;
        }

        private Node compile(JsonNode schema, String file) throws Unsupported {
            if (schema.isBoolean()) {
                return schema.booleanValue() ? Node.ANYTHING : Node.NOTHING;
            }
            if (!schema.isObject()) {
                throw new Unsupported();
            }
            if (schema.has("$ref")) {
                return reference(schema, file);
            }
            Node node = new Node();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> keyword = it.next();
                JsonNode value = keyword.getValue();
                switch (keyword.getKey()) {
                    case "type" -> node.types = types(value);
                    case "enum" -> node.allowed = strings(value);
                    case "pattern" -> node.pattern = Regex.of(text(value));
                    case "minLength" -> node.minLength = count(value);
                    case "maxLength" -> node.maxLength = count(value);
                    case "minimum" -> node.minimum = decimal(value);
                    case "maximum" -> node.maximum = decimal(value);
                    case "minItems" -> node.minItems = count(value);
                    case "maxItems" -> node.maxItems = count(value);
                    case "items" -> node.items = compile(value, file);
                    case "additionalProperties" -> node.otherFields = compile(value, file);
                    case "properties", "required" -> {
                        // Both read together below: a required field's bit lives with its schema.
                    }
                    default -> {
                        if (!NOTES.contains(keyword.getKey())) {
                            throw new Unsupported();
                        }
                    }
                }
            }
            fields(node, schema.get("properties"), schema.get("required"), file);
            return node;
        }

        /** A {@code $ref} with only notes beside it is the schema it refers to. */
        private Node reference(JsonNode schema, String file) throws Unsupported {
            for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("$ref") && !NOTES.contains(name)) {
                    throw new Unsupported();
                }
            }
            String ref = text(schema.get("$ref"));
            int hash = ref.indexOf('#');
            String target = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            if (target.contains("/") || target.contains(":")) {
                throw new Unsupported();
            }
            return at(target.isEmpty() ? file : target, pointer);
        }

        /** Every field named in {@code properties} or {@code required} gets a bit; the required ones are {@link Node#required}. */
        private void fields(Node node, JsonNode properties, JsonNode required, String file) throws Unsupported {
            Map<String, Node> schemas = new java.util.LinkedHashMap<>();
            if (properties != null) {
                if (!properties.isObject()) {
                    throw new Unsupported();
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    schemas.put(property.getKey(), compile(property.getValue(), file));
                }
            }
            Set<String> mustHave = required == null ? Set.of() : strings(required);
            for (String name : mustHave) {
                // A required field the schema does not describe is held to additionalProperties, as any other.
                schemas.putIfAbsent(name, node.otherFields);
            }
            if (schemas.size() > Long.SIZE) {
                throw new Unsupported();
            }
            Map<String, Node.Field> fields = new HashMap<>();
            long bit = 1;
            for (Map.Entry<String, Node> schema : schemas.entrySet()) {
                fields.put(schema.getKey(), new Node.Field(schema.getValue(), bit));
                if (mustHave.contains(schema.getKey())) {
                    node.required |= bit;
                }
                bit <<= 1;
            }
            node.fields = Map.copyOf(fields);
        }

        private static int types(JsonNode value) throws Unsupported {
            if (value.isTextual()) {
                return type(value.textValue());
            }
            if (!value.isArray() || value.isEmpty()) {
                throw new Unsupported();
            }
            int types = 0;
            for (JsonNode one : value) {
                types |= type(text(one));
            }
            return types;
        }

        private static int type(String name) throws Unsupported {
            Integer bit = TYPES.get(name);
            if (bit == null) {
                throw new Unsupported();
            }
            return bit;
        }

        private static Set<String> strings(JsonNode value) throws Unsupported {
            if (!value.isArray()) {
                throw new Unsupported();
            }
            Set<String> strings = new java.util.LinkedHashSet<>();
            for (JsonNode one : value) {
                strings.add(text(one));
            }
            return Set.copyOf(strings);
        }

        private static String text(JsonNode value) throws Unsupported {
            if (value == null || !value.isTextual()) {
                throw new Unsupported();
            }
            return value.textValue();
        }

        private static int count(JsonNode value) throws Unsupported {
            if (!value.canConvertToExactIntegral() || !value.canConvertToInt() || value.asInt() < 0) {
                throw new Unsupported();
            }
            return value.asInt();
        }

        private static BigDecimal decimal(JsonNode value) throws Unsupported {
            if (!value.isNumber()) {
                throw new Unsupported();
            }
            return value.decimalValue();
        }
    }
}
