package kb.facts;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dates that have the right shape but are not on the calendar ("2013-02-30", "2013-13").
 * The schema checks the shape; this checks the calendar, on the tree, so the message can
 * name the line, the fact and the field. The date fields are found from the domain class,
 * so a new date field is checked without touching this class.
 */
final class CalendarDates {

    private CalendarDates() {
    }

    /** The dates of every item of a whole file's list. */
    static List<String> check(JsonTree tree, String listField, Class<?> itemClass, String noun) {
        List<String> problems = new ArrayList<>();
        JsonNode items = tree.root().get(listField);
        if (items == null || !items.isArray()) {
            return problems;
        }
        List<String> dateFields = dateFieldsOf(itemClass);
        for (JsonNode item : items) {
            problems.addAll(check(tree, item, dateFields, noun));
        }
        return problems;
    }

    /** The dates of one item, a node of {@code tree}; {@code dateFields} from {@link #dateFieldsOf}. */
    static List<String> check(JsonTree tree, JsonNode item, List<String> dateFields, String noun) {
        List<String> problems = new ArrayList<>();
        for (String field : dateFields) {
            JsonNode v = item.get(field);
            if (v != null && v.isTextual() && PartialDate.hasShape(v.asText())) {
                try {
                    PartialDate.parse(v.asText());
                } catch (IllegalArgumentException e) {
                    JsonNode id = item.get("id");
                    problems.add(tree.where(v) + ": " + noun + " " + (id == null ? "(no id)" : id.toString())
                            + ": field \"" + field + "\": " + e.getMessage());
                }
            }
        }
        return problems;
    }

    /** The fields of {@code PartialDate} type of a domain class, its superclasses' included. */
    static List<String> dateFieldsOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == PartialDate.class) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }
}
