package kb.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a fact file once, as one stream through one parser, and checks its JSON syntax on the
 * way. Each item of the file's list is read from that parser into a tree of its own (every node
 * with its line and column) and handed over at once, so a file of a million items is never held
 * whole. The rest, the wrapper {@code {"$schema": ..., "<list>": [ ]}}, is kept as a tree with
 * an empty list, for the file's schema. The SHA-256 of the bytes the parser read is kept too:
 * it is what an audit record names, so it is the hash of exactly what was evaluated.
 */
final class FileSplitter {
    /** Item {@code index} of the list, as a tree. */
    record Item(int index, JsonTree tree) {
    }

    /** Takes each item as soon as it is read. */
    interface Items {
        void accept(Item item);
    }

    /**
     * The wrapper (the whole file when its items were not cut out of it), whether they were,
     * and the SHA-256 (hex) of the file's bytes as read.
     */
    record Split(JsonTree wrapper, boolean itemsCut, String sha256) {
    }

    private final Path file;
    private final String listField;
    private final Items items;
    private boolean cut;

    private FileSplitter(Path file, String listField, Items items) {
        this.file = file;
        this.listField = listField;
        this.items = items;
    }

    /**
     * Reads {@code file} within the size limit; {@code listField} names the list whose items go
     * to {@code items} one by one, or is null to read the whole file as the wrapper.
     */
    static Split read(Path file, long maxBytes, String listField, Items items) throws BadFactsException {
        if (!Files.isRegularFile(file)) {
            // A folder, a pipe or a device under a fact file's name: reading it could block or never end.
            throw new BadFactsException(file + ": not a regular file; a fact file must be a plain JSON file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadFactsException(file + ": " + size + " bytes is over the limit of " + maxBytes
                        + " bytes; raise it with --max-file-size if the file is meant to be this large");
            }
            MessageDigest sha256 = sha256();
            try (BoundedInput in = new BoundedInput(new DigestInputStream(Files.newInputStream(file), sha256), maxBytes)) {
                FileSplitter splitter = new FileSplitter(file, listField, items);
                JsonTree wrapper;
                try {
                    wrapper = splitter.split(in);
                } catch (JsonTree.NotJson e) {
                    // Read to the end first: a file that grew past the limit, or that is all blank, says so instead.
                    in.drain();
                    throw new BadFactsException(in.wasBlank() ? empty(file) : e.problem(file, limit -> rescan(file, limit)));
                }
                // The parser has seen the end of the file; this only makes sure the hash covers every byte.
                in.drain();
                return new Split(wrapper, splitter.cut, HexFormat.of().formatHex(sha256.digest()));
            }
        } catch (BoundedInput.OverLimit e) {
            throw new BadFactsException(file + ": over the limit of " + maxBytes
                    + " bytes; raise it with --max-file-size if the file is meant to be this large");
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + reason(e) + ")");
        }
    }

    private JsonTree split(InputStream in) throws IOException, JsonTree.NotJson, BadFactsException {
        JsonParser p = JsonTree.streamParser(in);
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadFactsException(empty(file));
            }
            JsonNodeFactory nodes = JsonTree.nodes(p);
            ObjectReader trees = JsonTree.reader(nodes);
            JsonNode root;
            cut = listField != null && first == JsonToken.START_OBJECT;
            if (cut) {
                ObjectNode wrapper = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (p.nextToken() == JsonToken.START_ARRAY && listField.equals(name)) {
                        wrapper.set(name, nodes.arrayNode());
                        handOverItems(p, trees);
                    } else {
                        wrapper.set(name, trees.readTree(p));
                    }
                }
                root = wrapper;
            } else {
                root = trees.readTree(p);
            }
            if (p.nextToken() != null) {
                throw JsonTree.NotJson.trailing(p.currentTokenLocation());
            }
            return new JsonTree(file, root);
        } catch (JsonProcessingException e) {
            throw new JsonTree.NotJson(e, p);
        }
    }

    /** Hands over each item of the list the parser has just entered, read as a tree of its own. */
    private void handOverItems(JsonParser p, ObjectReader trees) throws IOException {
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items.accept(new Item(index++, new JsonTree(file, trees.readTree(p))));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String empty(Path file) {
        return file + ":1:1: the file is empty; expected an object {\"$schema\": ..., ...}";
    }

    /** Reads the file again for the one error that may come without a place: nesting too deep. */
    private static int[] rescan(Path file, int limit) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return JsonTree.whereDepthExceeds(in, limit);
        } catch (IOException e) {
            return new int[] {1, 1}; // the file went away since: point at its start
        }
    }

    /** An I/O failure in an analyst's words. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
