package kb.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The quick way through a fact file that has nothing wrong with it, which is nearly every file
 * of a batch. It makes the checks of {@link FactFile} (the size limit, the JSON syntax with
 * duplicate keys refused, the same JSON Schema through the same validator, the same binding,
 * whose {@link PartialDate} creator refuses every date that is not on the calendar) but keeps
 * nothing for a message: the bytes are read at once and hashed in one call, the tree has no
 * line or column in its nodes, and nothing is recorded in {@link Sites}.
 *
 * <p>At the first sign of any problem it gives up ({@link NotQuick}) and the case is read again
 * by {@link FactFile}, whose messages are the ones an analyst sees; so a good file is parsed
 * once, a bad one twice, and every message is worded and placed exactly as it always was.
 */
final class QuickFactFile implements FactReader {
    /**
     * Files up to this size are read whole into memory; a larger one is left to {@link FactFile},
     * which streams it item by item (a 250 MB file of a million activities is never held whole).
     */
    static final long MAX_QUICK_BYTES = 4L << 20;

    /** Gives up the quick read; thrown without a stack trace, it costs no more than a return. */
    static final class NotQuick extends RuntimeException {
        private NotQuick() {
            super(null, null, false, false);
        }
    }

    private static final NotQuick NOT_QUICK = new NotQuick();

    /**
     * {@link JsonTree}'s syntax rules with the duplicate keys found as the tree is built (the
     * deserializer sees the earlier value when it puts a key a second time) instead of by a set of
     * names per object, and nodes without a place.
     */
    private static final ObjectMapper MAPPER = JsonTree.mapperBuilder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private static final MessageDigest SHA_256 = newSha256();

    private final long maxBytes;
    /** Binds as {@link FactFile} does, equal dates and lists of ids shared and the lists unchangeable. */
    private final SharedValues shared;
    private final Map<Path, String> sha256 = new HashMap<>();

    QuickFactFile(long maxBytes, SharedValues shared) {
        this.maxBytes = Math.min(maxBytes, MAX_QUICK_BYTES);
        this.shared = shared;
    }

    @Override
    public <T> List<T> read(Path file, String schemaName, String noun, String listField, Class<T> itemClass, boolean list) {
        byte[] bytes = bytes(file);
        JsonNode root = parse(bytes);
        if (!(root instanceof ObjectNode object)) {
            throw NOT_QUICK;
        }
        JsonNode nodes = object.get(listField);
        if (nodes == null || (list && !(nodes instanceof ArrayNode))) {
            throw NOT_QUICK;
        }
        valid(schemaName, listField, object, list);
        ObjectReader reader = shared.reader(itemClass);
        List<T> items = new ArrayList<>(list ? nodes.size() : 1);
        try {
            if (list) {
                for (Iterator<JsonNode> it = nodes.elements(); it.hasNext(); ) {
                    items.add(reader.readValue(it.next()));
                }
            } else {
                items.add(reader.readValue(nodes));
            }
        } catch (IOException | RuntimeException e) {
            throw NOT_QUICK;
        }
        sha256.put(file, hex(bytes));
        return items;
    }

    /**
     * Gives up unless the file passes its schema. {@link FactFile} checks a list file's wrapper
     * (with its list emptied) and each item on its own; when the schema says nothing of the list
     * but that it is a list of such items, the whole file against the whole schema is the same
     * check, made in one call.
     */
    private static void valid(String schemaName, String listField, ObjectNode root, boolean list) {
        try {
            if (!list || FactSchemas.onlyItemsOf(schemaName, listField)) {
                passes(FactSchemas.of(schemaName), root);
                return;
            }
            JsonNode items = root.get(listField);
            root.set(listField, root.arrayNode());
            passes(FactSchemas.of(schemaName), root);
            root.set(listField, items);
            Schema item = FactSchemas.itemsOf(schemaName, listField);
            for (JsonNode node : items) {
                passes(item, node);
            }
        } catch (RuntimeException e) {
            throw NOT_QUICK;
        }
    }

    private static void passes(Schema schema, JsonNode node) {
        if (!schema.validate(node, FAIL_FAST).isEmpty()) {
            throw NOT_QUICK;
        }
    }

    /** Only whether a file passes matters here: the validator may stop at the first problem. */
    private static final java.util.function.Consumer<com.networknt.schema.ExecutionContext> FAIL_FAST =
            context -> context.executionConfig(config -> config.failFast(true));

    @Override
    public Map<Path, String> sha256() {
        return sha256;
    }

    /** The whole file, when it is a regular file within the size limits and does not grow while read. */
    private byte[] bytes(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > maxBytes) {
                throw NOT_QUICK;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                throw NOT_QUICK;
            }
            return bytes;
        } catch (IOException e) {
            throw NOT_QUICK;
        }
    }

    /** The one JSON value of the file, or gives up: not JSON, blank, or something after the value. */
    private static JsonNode parse(byte[] bytes) {
        try (JsonParser p = MAPPER.createParser(bytes)) {
            if (p.nextToken() == null) {
                throw NOT_QUICK;
            }
            JsonNode root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw NOT_QUICK;
            }
            return root;
        } catch (IOException | RuntimeException e) {
            throw NOT_QUICK;
        }
    }

    private static String hex(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
