package kb.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads one fact file in four steps, each only when the one before found nothing: the size
 * limit, the JSON syntax, the schema (every problem at once, in file order) with real
 * calendar dates, and the binding to domain classes. Each object read is recorded in
 * {@link Sites} so later checks can name its line.
 */
final class FactFile {
    private FactFile() {
    }

    /**
     * @param schemaName e.g. "activities" for {@code activities.schema.json}
     * @param noun what one item is called in messages, e.g. "activity"
     * @param listField the field holding the items, or the single object when {@code list} is false
     */
    static <T> List<T> read(Path file, long maxBytes, String schemaName, String noun, String listField,
                            Class<T> itemClass, boolean list, Sites sites) throws BadFactsException {
        byte[] bytes = readBytes(file, maxBytes);
        JsonTree tree = JsonTree.parse(file, bytes);

        SchemaMessages words = new SchemaMessages(tree, noun);
        List<String> problems = new ArrayList<>(FactSchemas.validate(schemaName, tree.root()).stream()
                .map(words::describe)
                .sorted(Comparator.comparingInt(SchemaMessages.Located::line)
                        .thenComparingInt(SchemaMessages.Located::column))
                .map(SchemaMessages.Located::text).distinct().toList());
        if (list) {
            problems.addAll(CalendarDates.check(tree, listField, itemClass, noun));
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }

        List<T> items;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            items = StrictJson.readWrapped(file, in, listField, itemClass, list);
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + reason(e) + ")");
        }
        JsonNode nodes = tree.root().get(listField);
        for (int i = 0; i < items.size(); i++) {
            sites.put(items.get(i), tree, list ? nodes.get(i) : nodes);
        }
        return items;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    private static byte[] readBytes(Path file, long maxBytes) throws BadFactsException {
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
            // Read at most one byte past the limit, in case the file grows while we read it.
            try (InputStream in = Files.newInputStream(file)) {
                // Capped before adding one: --max-file-size may be as large as a long can be.
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 9) + 1);
                if (bytes.length > maxBytes) {
                    throw new BadFactsException(file + ": over the limit of " + maxBytes
                            + " bytes; raise it with --max-file-size if the file is meant to be this large");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + reason(e) + ")");
        }
    }
}
