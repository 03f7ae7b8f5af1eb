package kb.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of one list file, each checked as soon as it is read: the item's part of the
 * schema and its calendar dates, then, while the file has shown no problem yet, its binding to
 * the domain class, with its place recorded in {@link Sites}. Nothing else of an item stays.
 */
final class ListItems<T> implements FileSplitter.Items {
    private final String noun;
    private final String listField;
    private final Schema schema;
    private final List<String> dateFields;
    private final ObjectReader reader;
    private final Sites sites;

    private final List<SchemaMessages.Located> schemaProblems = new ArrayList<>();
    private final List<String> dateProblems = new ArrayList<>();
    /** The first item that would not bind; binding stops there, as it does for a whole file. */
    private SchemaMessages.Located bindingProblem;
    private final List<T> bound = new ArrayList<>();

    ListItems(String schemaName, String noun, String listField, Class<T> itemClass, SharedValues shared, Sites sites) {
        this.noun = noun;
        this.listField = listField;
        this.schema = FactSchemas.itemsOf(schemaName, listField);
        this.dateFields = CalendarDates.dateFieldsOf(itemClass);
        this.reader = shared.reader(itemClass);
        this.sites = sites;
    }

    @Override
    public void accept(FileSplitter.Item item) {
        JsonTree tree = item.tree();
        SchemaMessages words = SchemaMessages.forItem(tree, noun, listField, item.index());
        for (Error e : schema.validate(tree.root())) {
            schemaProblems.add(words.describe(e));
        }
        dateProblems.addAll(CalendarDates.check(tree, tree.root(), dateFields, noun));
        // Once the file has a problem nothing of it is used, so binding the rest would be wasted.
        if (schemaProblems.isEmpty() && dateProblems.isEmpty() && bindingProblem == null) {
            bind(item);
        }
    }

    private void bind(FileSplitter.Item item) {
        try {
            T value = reader.readValue(item.text());
            bound.add(value);
            sites.put(value, item.tree(), item.tree().root());
        } catch (JsonProcessingException e) {
            bindingProblem = refusal(item.tree(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", e);
        }
    }

    /** Schema problems of the items, in the order read. */
    List<SchemaMessages.Located> schemaProblems() {
        return schemaProblems;
    }

    /** Dates not on the calendar, in the order read. */
    List<String> dateProblems() {
        return dateProblems;
    }

    /**
     * The items bound to their class; call only when the file has no schema or date problem.
     * Jackson 2 also reads the wrapper's text, as it read whole files (it refuses bytes that are
     * not UTF-8, where the schema's Jackson 3 lets them through); the first refusal in the file wins.
     */
    List<T> bound(JsonTree wrapper, byte[] wrapperText) throws BadFactsException {
        SchemaMessages.Located first = bindingProblem;
        JsonProcessingException e = StrictJson.firstError(wrapperText);
        if (e != null) {
            SchemaMessages.Located inWrapper = refusal(wrapper, e);
            if (first == null || inWrapper.line() < first.line()
                    || inWrapper.line() == first.line() && inWrapper.column() < first.column()) {
                first = inWrapper;
            }
        }
        if (first != null) {
            throw new BadFactsException(first.text());
        }
        return bound;
    }

    /**
     * A Jackson 2 error in a text as {@code file:line:column: message}; placed, for finding the
     * first, where the text starts when Jackson names no place.
     */
    private static SchemaMessages.Located refusal(JsonTree tree, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int[] place = at == null ? tree.lineColumn(tree.root()) : tree.inFile(at.getLineNr(), at.getColumnNr());
        String where = at == null ? tree.file().toString() : tree.file() + ":" + place[0] + ":" + place[1];
        return new SchemaMessages.Located(place[0], place[1], where + ": " + StrictJson.explain(e));
    }
}
