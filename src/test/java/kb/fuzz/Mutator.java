package kb.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Applies {@link Mutation}s to the bytes of a case's files, in memory. */
final class Mutator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> ODD_VALUES = List.of(
            NODES.textNode(""), NODES.textNode("   "), NODES.textNode("2013-02-30"), NODES.textNode("2013-13"),
            NODES.textNode("0000"), NODES.textNode("9999-12-31"), NODES.textNode("-2013"), NODES.textNode("F7"),
            NODES.textNode("A-2013-08-17-mou-signing"), NODES.textNode("thesis"), NODES.textNode("\u0000"),
            NODES.textNode("../../../etc/passwd"), NODES.textNode("java.lang.ProcessBuilder"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2147483648L), NODES.numberNode(1.5),
            NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), NODES.booleanNode(true),
            NODES.nullNode(), NODES.arrayNode(), NODES.objectNode());

    private Mutator() {
    }

    /** The files after the mutation; a file mapped to null is deleted. */
    static void apply(Mutation m, Map<String, byte[]> files) {
        Random r = new Random(m.seed());
        byte[] bytes = files.get(m.file());
        if (bytes == null) {
            return;
        }
        if (bytes.length == 0 && m.kind() != Mutation.Kind.DELETE_FILE) {
            return; // nothing left to damage
        }
        switch (m.kind()) {
            case TRUNCATE -> files.put(m.file(), java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length)));
            case EMPTY_FILE -> files.put(m.file(), new byte[0]);
            case DELETE_FILE -> files.put(m.file(), null);
            case RANDOM_BYTES -> {
                byte[] copy = bytes.clone();
                int at = r.nextInt(copy.length);
                for (int i = at; i < Math.min(copy.length, at + 1 + r.nextInt(16)); i++) {
                    copy[i] = (byte) r.nextInt(256);
                }
                files.put(m.file(), copy);
            }
            case UNICODE_IN_TEXT -> {
                String text = new String(bytes, StandardCharsets.UTF_8);
                int at = r.nextInt(text.length() + 1);
                files.put(m.file(), (text.substring(0, at) + randomText(r, 1 + r.nextInt(8)) + text.substring(at))
                        .getBytes(StandardCharsets.UTF_8));
            }
            default -> files.put(m.file(), mutateTree(m.kind(), bytes, r));
        }
    }

    private static byte[] mutateTree(Mutation.Kind kind, byte[] bytes, Random r) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (Exception e) {
            return bytes; // already broken by an earlier mutation; leave it so
        }
        if (root == null || !root.isContainerNode()) {
            return bytes;
        }
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return bytes;
        }
        Slot slot = slots.get(r.nextInt(slots.size()));
        switch (kind) {
            case WRONG_TYPE -> slot.set(otherType(slot.get(), r));
            case HUGE_STRING -> slot.set(NODES.textNode(String.valueOf((char) ('a' + r.nextInt(26)))
                    .repeat(50_000 + r.nextInt(950_000))));
            case DEEP_NESTING -> {
                // Written as text: Jackson itself refuses to write a tree this deep.
                slot.set(NODES.textNode(DEEP));
                return root.toString().replace("\"" + DEEP + "\"", nested(1 + r.nextInt(3000), r))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case UNICODE_IN_VALUE -> slot.set(NODES.textNode(randomText(r, 1 + r.nextInt(40))));
            case ODD_VALUE -> slot.set(ODD_VALUES.get(r.nextInt(ODD_VALUES.size())));
            case DROP_FIELD -> slot.remove();
            case DUPLICATE_ITEM -> slot.duplicate();
            case EXTRA_FIELD -> slot.addSibling(randomText(r, 1 + r.nextInt(10)), NODES.textNode("x"));
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode otherType(JsonNode current, Random r) {
        List<JsonNode> candidates = List.of(NODES.textNode("text"), NODES.numberNode(42), NODES.booleanNode(false),
                NODES.nullNode(), NODES.arrayNode().add("a"), NODES.objectNode().put("k", "v"));
        JsonNode pick;
        do {
            pick = candidates.get(r.nextInt(candidates.size()));
        } while (pick.getNodeType() == current.getNodeType());
        return pick;
    }

    private static final String DEEP = "@@deep-nesting-goes-here@@";

    private static String nested(int depth, Random r) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean array = r.nextBoolean();
            open.append(array ? "[" : "{\"n\": ");
            close.insert(0, array ? "]" : "}");
        }
        return open + "\"bottom\"" + close;
    }

    /** Code points from every corner: controls, NUL, Latin, CJK, emoji, lone surrogates, private use. */
    static String randomText(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (r.nextInt(6)) {
                case 0 -> s.append((char) r.nextInt(0x20));
                case 1 -> s.append((char) (0x20 + r.nextInt(0x60)));
                case 2 -> s.appendCodePoint(0x4E00 + r.nextInt(0x5000));
                case 3 -> s.appendCodePoint(0x1F600 + r.nextInt(0x50));
                case 4 -> s.append((char) (0xD800 + r.nextInt(0x800)));
                default -> s.appendCodePoint(r.nextInt(0x110000));
            }
        }
        return s.toString();
    }

    /** A place in the tree that holds a value: a field of an object or an item of a list. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void duplicate() {
            if (field == null) {
                ((ArrayNode) parent).insert(index, get().deepCopy());
            } else {
                ((ObjectNode) parent).set(field + "Copy", get().deepCopy());
            }
        }

        void addSibling(String name, JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).add(value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<String> names = object.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            for (String f : fields) {
                slots.add(new Slot(object, f, -1));
                collect(object.get(f), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }
}
