package kb.facts;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The quick way through a fact file that has nothing wrong with it, which is nearly every file
 * of a batch. It makes the checks of {@link FactFile} (the size limit, the JSON syntax with
 * duplicate keys refused, the file's JSON Schema, the same binding, whose {@link PartialDate}
 * creator refuses every date that is not on the calendar) but keeps nothing for a message: the
 * bytes are read at once and hashed in one call, the items are bound straight from the bytes, and
 * the schema is checked by {@link QuickSchema} as the binder pulls the tokens, in that one parse
 * ({@link CheckingParser}), with no tree built; nothing is recorded in {@link Sites}.
 *
 * <p>At the first sign of any problem it gives up ({@link NotQuick}) and the case is read again
 * by {@link FactFile}, whose messages are the ones an analyst sees; so every message is worded
 * and placed exactly as it always was.
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

    private static final MessageDigest SHA_256 = newSha256();

    private final long maxBytes;
    /** Binds as {@link FactFile} does (lists of ids unchangeable; equal values shared or not, as {@code shared} says). */
    private final SharedValues shared;
    private final Map<Path, String> sha256 = new HashMap<>();
    /** What a listing of the folder already saw of a file that is a regular file, or null: then it is asked here. */
    private final Function<Path, BasicFileAttributes> seen;
    /** Whether each file's SHA-256 is kept ({@link CaseLoader#withoutHashes()}). */
    private final boolean hashes;

    QuickFactFile(long maxBytes, SharedValues shared, Function<Path, BasicFileAttributes> seen, boolean hashes) {
        this.maxBytes = Math.min(maxBytes, MAX_QUICK_BYTES);
        this.shared = shared;
        this.seen = seen;
        this.hashes = hashes;
    }

    @Override
    public <T> List<T> read(Path file, String schemaName, String noun, String listField, Class<T> itemClass, boolean list) {
        QuickSchema schema = QuickSchema.of(schemaName).orElseThrow(() -> NOT_QUICK);
        byte[] bytes = bytes(file);
        List<T> items = read(bytes, schema, listField, shared.reader(itemClass), list);
        if (hashes) {
            sha256.put(file, hex(bytes));
        }
        return items;
    }

    /**
     * The items of a file, bound straight from its bytes in one parse that also checks the
     * schema ({@link CheckingParser}): the list field's items one by one (or its one object),
     * every other field of the wrapper skipped (and checked). Gives up unless the file is one
     * JSON value, with no key twice in an object, that passes its schema and binds.
     */
    private static <T> List<T> read(byte[] bytes, QuickSchema schema, String listField, ObjectReader reader, boolean list) {
        List<T> items = null;
        try (CheckingParser p = CheckingParser.of(bytes, schema)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw NOT_QUICK;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = listField.equals(p.currentName());
                JsonToken value = p.nextToken();
                if (!wanted) {
                    p.skipChildren();
                } else if (!list) {
                    items = new ArrayList<>(1);
                    items.add(reader.readValue(p));
                } else if (value == JsonToken.START_ARRAY) {
                    items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(reader.readValue(p));
                    }
                } else {
                    throw NOT_QUICK;
                }
            }
            if (items == null || p.nextToken() != null || !p.passed()) {
                throw NOT_QUICK;
            }
        } catch (IOException | RuntimeException e) {
            throw NOT_QUICK;
        }
        return items;
    }

    @Override
    public Map<Path, String> sha256() {
        return sha256;
    }

    /** The whole file, when it is a regular file within the size limits and does not grow while read. */
    private byte[] bytes(Path file) {
        try {
            BasicFileAttributes listed = seen.apply(file);
            BasicFileAttributes attributes = listed != null ? listed : Files.readAttributes(file, BasicFileAttributes.class);
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
