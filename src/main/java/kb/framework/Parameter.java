package kb.framework;

import java.util.List;

/**
 * A threshold or list an analyst may change, read from {@code rules/parameters.json}
 * and inserted as a fact, so conditions never hold the number itself.
 */
public final class Parameter {
    private String id;
    private Integer number;
    private List<String> names;
    private String label;
    private String reference;

    /** A numeric parameter made in code, for programs that run the rules without parameters.json. */
    public static Parameter ofNumber(String id, int number) {
        Parameter p = new Parameter();
        p.id = id;
        p.number = number;
        return p;
    }

    public String getId() {
        return id;
    }

    /** The value of a numeric parameter; null for a list. */
    public Integer getNumber() {
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
