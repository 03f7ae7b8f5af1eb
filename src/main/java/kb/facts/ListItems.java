package kb.facts;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * the domain class from the same tree, with its place recorded in {@link Sites}. Nothing else
 * of an item stays.
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
    private String bindingProblem;
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
            try {
                T value = bind(reader, tree, tree.root());
                bound.add(value);
                sites.put(value, tree, tree.root());
            } catch (BadFactsException e) {
                bindingProblem = e.problems().get(0);
            }
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

    /** The items bound to their class; call only when the file has no schema or date problem. */
    List<T> bound() throws BadFactsException {
        if (bindingProblem != null) {
            throw new BadFactsException(bindingProblem);
        }
        return bound;
    }

    /**
     * Binds {@code node}, a node of {@code tree}, with {@code reader}. A tree has passed the schema
     * before it is bound, so what is left to fail is a domain class's own check (its constructor);
     * the message points at the deepest node of the error's path that the tree has.
     */
    static <T> T bind(ObjectReader reader, JsonTree tree, JsonNode node) throws BadFactsException {
        try {
            return reader.readValue(node);
        } catch (JsonMappingException e) {
            JsonNode at = node;
            for (JsonMappingException.Reference step : e.getPath()) {
                JsonNode next = step.getFieldName() != null ? at.get(step.getFieldName()) : at.get(step.getIndex());
                if (next == null) {
                    break;
                }
                at = next;
            }
            throw new BadFactsException(tree.where(at) + ": " + StrictJson.explain(e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a tree in memory cannot fail", e);
        }
    }
}
