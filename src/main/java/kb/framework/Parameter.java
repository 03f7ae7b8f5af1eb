package kb.framework;

import java.util.List;

/**
 * A threshold or list an analyst may change, read from {@code rules/parameters.json}
 * and inserted as a fact, so conditions never hold the number itself.
 */
public final class Parameter {
    private String id;
    /** count, number or list: checked against rules/schema/parameters.schema.json before it is read. */
    private String type;
    /** For a list: the kind of its values, e.g. activity-type. */
    private String of;
    private Number number;
    private List<String> names;
    private String label;
    private String reference;

    /** A numeric parameter made in code, for programs that run the rules without parameters.json. */
    public static Parameter ofNumber(String id, int number) {
        Parameter p = new Parameter();
        p.id = id;
        p.type = "count";
        p.number = number;
        return p;
    }

    public String getId() {
        return id;
    }

    /** count, number or list. */
    public String getType() {
        return type;
    }

    /** For a list, the kind of its values (e.g. activity-type); null otherwise. */
    public String getOf() {
        return of;
    }

    /** The value of a count (an Integer) or a number; null for a list. */
    public Number getNumber() {
        return number;
    }

    /** The value of a list parameter; null for a number. */
    public List<String> getNames() {
        return names;
    }

    public String getLabel() {
        return label;
    }

    public String getReference() {
        return reference;
    }

    @Override
    public String toString() {
        return "parameter " + id + " = " + (number != null ? number : names);
    }
}
