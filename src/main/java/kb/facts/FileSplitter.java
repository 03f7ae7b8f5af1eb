package kb.facts;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads a fact file once, as a stream, and checks its JSON syntax on the way. Each item of
 * the file's list is parsed on its own and handed over at once, so a file of a million items
 * is never held whole. The rest, the wrapper {@code {"$schema": ..., "<list>": [ ]}}, is kept
 * as text for the schema: the items are cut out of it and every later line and column is kept.
 *
 * <p>Items are cut only from an object read as UTF-8 (the only encoding whose positions are
 * bytes) and only when a list field is named; otherwise the "wrapper" is the whole file.
 */
final class FileSplitter {
    /** Item {@code index} of the list: its tree, and its text, which binding reads. */
    record Item(int index, JsonTree tree, byte[] text) {
    }

    /** Takes each item as soon as it is read. */
    interface Items {
        void accept(Item item);
    }

    /** The wrapper's text, and whether the items were cut out of it (else it is the whole file). */
    record Split(byte[] wrapper, boolean itemsCut) {
    }

    private final Path file;
    private final KeptBytes kept;
    private final String listField;
    private final Items items;
    private final ByteArrayOutputStream wrapper = new ByteArrayOutputStream();
    /** The wrapper holds the file's text (items cut out) up to this offset. */
    private long copiedTo;

    private FileSplitter(Path file, KeptBytes kept, String listField, Items items) {
        this.file = file;
        this.kept = kept;
        this.listField = listField;
        this.items = items;
    }

    /**
     * Reads {@code file} within the size limit; {@code listField} names the list whose items go
     * to {@code items} one by one, or is null to keep the whole file as the wrapper.
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
            try (BoundedInput in = new BoundedInput(Files.newInputStream(file), maxBytes)) {
                try {
                    return new FileSplitter(file, new KeptBytes(in), listField, items).split();
                } catch (JsonTree.NotJson e) {
                    // Read to the end first: a file that grew past the limit, or that is all blank, says so instead.
                    in.drain();
                    throw new BadFactsException(in.wasBlank() ? empty(file) : e.problem(file, limit -> rescan(file, limit)));
                }
            }
        } catch (BoundedInput.OverLimit e) {
            throw new BadFactsException(file + ": over the limit of " + maxBytes
                    + " bytes; raise it with --max-file-size if the file is meant to be this large");
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + reason(e) + ")");
        }
    }

    private Split split() throws IOException, JsonTree.NotJson, BadFactsException {
        try (JsonParser p = JsonTree.streamParser(kept)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadFactsException(empty(file));
            }
            boolean cut = listField != null && first == JsonToken.START_OBJECT
                    && p.currentTokenLocation().getByteOffset() >= 0;
            if (cut) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean isList = listField.equals(p.currentName());
                    if (p.nextToken() == JsonToken.START_ARRAY && isList) {
                        cutItems(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                throw JsonTree.NotJson.trailing(p.currentTokenLocation());
            }
            kept.copyTo(wrapper, copiedTo, kept.end());
            return new Split(wrapper.toByteArray(), cut);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw new JsonTree.NotJson(e, 1, 1);
        }
    }

    /** Hands over each item of the list the parser has just entered, and cuts them out of the wrapper. */
    private void cutItems(JsonParser p) throws JsonTree.NotJson {
        TokenStreamLocation first = null;
        TokenStreamLocation end = null;
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            TokenStreamLocation start = p.currentTokenLocation();
            if (first == null) {
                first = start;
                kept.copyTo(wrapper, copiedTo, start.getByteOffset());
            }
            if (t.isStructStart()) {
                p.skipChildren();
            } else {
                p.finishToken();
            }
            end = p.currentLocation();
            byte[] text = kept.copy(start.getByteOffset(), end.getByteOffset());
            kept.forget(end.getByteOffset());
            items.accept(new Item(index++, JsonTree.parse(file, text, start.getLineNr(), start.getColumnNr()), text));
        }
        if (first != null) {
            blankOut(first, end);
            copiedTo = end.getByteOffset();
        }
    }

    /**
     * Stands in for the cut text in the wrapper: as many line breaks, then spaces up to the
     * column where the text ended, so whatever follows keeps its line and column.
     */
    private void blankOut(TokenStreamLocation from, TokenStreamLocation to) {
        int lines = to.getLineNr() - from.getLineNr();
        int spaces = lines == 0 ? to.getColumnNr() - from.getColumnNr() : to.getColumnNr() - 1;
        wrapper.writeBytes(("\n".repeat(lines) + " ".repeat(spaces)).getBytes(StandardCharsets.US_ASCII));
    }

    private static String empty(Path file) {
        return file + ":1:1: the file is empty; expected an object {\"$schema\": ..., ...}";
    }

    /** Reads the file again for the one error Jackson gives no place: nesting too deep. */
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
