package kb.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fact files of one case, each in steps, each step only when the ones before found
 * nothing: the size limit and the JSON syntax, the schema (every problem at once, in file
 * order) with real calendar dates, then the binding to domain classes. Each object read is
 * recorded in {@link Sites} so later checks can name its line.
 *
 * <p>The file is read as a stream. The items of a list file are checked and bound one at a
 * time as they are read ({@link ListItems}), so a list of a million facts never exists as one
 * tree; the wrapper around the list is checked against the file's schema on its own.
 */
final class FactFile {
    private final long maxBytes;
    private final Sites sites;
    private final SharedValues shared;

    FactFile(long maxBytes, Sites sites, SharedValues shared) {
        this.maxBytes = maxBytes;
        this.sites = sites;
        this.shared = shared;
    }

    /**
     * @param schemaName e.g. "activities" for {@code activities.schema.json}
     * @param noun what one item is called in messages, e.g. "activity"
     * @param listField the field holding the items, or the single object when {@code list} is false
     */
    <T> List<T> read(Path file, String schemaName, String noun, String listField, Class<T> itemClass, boolean list)
            throws BadFactsException {
        ListItems<T> items = list ? new ListItems<>(schemaName, noun, listField, itemClass, shared, sites) : null;
        FileSplitter.Split split = FileSplitter.read(file, maxBytes, list ? listField : null, items);
        JsonTree wrapper = parse(file, split.wrapper());
        if (!split.itemsCut()) {
            return readWhole(wrapper, split.wrapper(), schemaName, noun, listField, itemClass, list);
        }
        List<SchemaMessages.Located> schemaProblems = new ArrayList<>(schemaProblems(wrapper, schemaName, noun));
        schemaProblems.addAll(items.schemaProblems());
        throwIfAny(inFileOrder(schemaProblems, items.dateProblems()));
        return items.bound(wrapper, split.wrapper());
    }

    /** A file kept whole (a single object, or a list that could not be cut), checked and bound as one tree. */
    private <T> List<T> readWhole(JsonTree tree, byte[] bytes, String schemaName, String noun, String listField,
                                  Class<T> itemClass, boolean list) throws BadFactsException {
        throwIfAny(inFileOrder(schemaProblems(tree, schemaName, noun),
                list ? CalendarDates.check(tree, listField, itemClass, noun) : List.of()));
        List<T> items;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            items = StrictJson.readWrapped(tree.file(), in, listField, itemClass, list);
        } catch (IOException e) {
            throw new BadFactsException(tree.file() + ": cannot read (" + FileSplitter.reason(e) + ")");
        }
        JsonNode nodes = tree.root().get(listField);
        for (int i = 0; i < items.size(); i++) {
            sites.put(items.get(i), tree, list ? nodes.get(i) : nodes);
        }
        return items;
    }

    /** The wrapper's text, which the splitter has already found to be one JSON value. */
    private static JsonTree parse(Path file, byte[] text) throws BadFactsException {
        try {
            return JsonTree.parse(file, text);
        } catch (JsonTree.NotJson e) {
            throw new BadFactsException(e.problem(file, limit -> JsonTree.whereDepthExceeds(text, limit)));
        }
    }

    private static List<SchemaMessages.Located> schemaProblems(JsonTree tree, String schemaName, String noun) {
        SchemaMessages words = SchemaMessages.forFile(tree, noun);
        return FactSchemas.validate(schemaName, tree.root()).stream().map(words::describe).toList();
    }

    /** Schema problems sorted by place, each once, then the dates that are not on the calendar. */
    private static List<String> inFileOrder(List<SchemaMessages.Located> schemaProblems, List<String> dateProblems) {
        List<String> problems = new ArrayList<>(schemaProblems.stream()
                .sorted(Comparator.comparingInt(SchemaMessages.Located::line)
                        .thenComparingInt(SchemaMessages.Located::column))
                .map(SchemaMessages.Located::text).distinct().toList());
        problems.addAll(dateProblems);
        return problems;
    }

    private static void throwIfAny(List<String> problems) throws BadFactsException {
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
    }
}
