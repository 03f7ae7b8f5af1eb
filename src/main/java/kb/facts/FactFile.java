package kb.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fact files of one case, each in steps, each step only when the ones before found
 * nothing: the size limit and the JSON syntax, the schema (every problem at once, in file
 * order) with real calendar dates, then the binding to domain classes. Each object read is
 * recorded in {@link Sites} so later checks can name its line.
 *
 * <p>Each file is parsed once, as a stream ({@link FileSplitter}): the schema, the dates and the
 * binding all work on the trees read in that one pass. The items of a list file are checked
 * and bound one at a time as they are read ({@link ListItems}), so a list of a million facts
 * never exists as one tree; the wrapper around the list is checked against the file's schema
 * on its own.
 */
final class FactFile implements FactReader {
    private final long maxBytes;
    private final Sites sites;
    private final SharedValues shared;
    private final Map<Path, String> sha256 = new HashMap<>();

    FactFile(long maxBytes, Sites sites, SharedValues shared) {
        this.maxBytes = maxBytes;
        this.sites = sites;
        this.shared = shared;
    }

    @Override
    public <T> List<T> read(Path file, String schemaName, String noun, String listField, Class<T> itemClass, boolean list)
            throws BadFactsException {
        ListItems<T> items = list ? new ListItems<>(schemaName, noun, listField, itemClass, shared, sites) : null;
        FileSplitter.Split split = FileSplitter.read(file, maxBytes, list ? listField : null, items);
        sha256.put(file, split.sha256());
        JsonTree wrapper = split.wrapper();
        if (!split.itemsCut()) {
            return readWhole(wrapper, schemaName, noun, listField, itemClass, list);
        }
        List<SchemaMessages.Located> schemaProblems = new ArrayList<>(schemaProblems(wrapper, schemaName, noun));
        schemaProblems.addAll(items.schemaProblems());
        throwIfAny(inFileOrder(schemaProblems, items.dateProblems()));
        return items.bound();
    }

    @Override
    public Map<Path, String> sha256() {
        return sha256;
    }

    /** A file kept whole (a single object, or a list file that is not an object), checked and bound as one tree. */
    private <T> List<T> readWhole(JsonTree tree, String schemaName, String noun, String listField,
                                  Class<T> itemClass, boolean list) throws BadFactsException {
        throwIfAny(inFileOrder(schemaProblems(tree, schemaName, noun),
                list ? CalendarDates.check(tree, listField, itemClass, noun) : List.of()));
        // The schema has passed: the root is an object holding the list (or the single object) and nothing unknown.
        JsonNode nodes = tree.root().get(listField);
        if (nodes == null) {
            throw new BadFactsException(tree.file() + ":1:1: missing field \"" + listField + "\"");
        }
        ObjectReader reader = shared.reader(itemClass);
        List<T> items = new ArrayList<>();
        for (JsonNode node : list ? nodes : List.of(nodes)) {
            T item = ListItems.bind(reader, tree, node);
            items.add(item);
            sites.put(item, tree, node);
        }
        return items;
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
