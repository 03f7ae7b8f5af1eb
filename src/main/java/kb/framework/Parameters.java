package kb.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds and lists of {@code rules/parameters.json}, given to the rules as the global
 * {@code parameters}: a condition reads {@code parameters.number("min-realised-activities")}
 * or {@code parameters.names("joint-activity-types")}. Read through a global, a parameter is a
 * constant of the condition (Drools tests it once per fact) rather than a fact joined with
 * every activity, which would cost a join-memory entry per activity and per rule.
 * Every name a rule reads is checked when the rules are built ({@code ParameterReads}).
 */
public final class Parameters {
    private final List<Parameter> all;
    private final Map<String, Parameter> byId = new LinkedHashMap<>();

    public Parameters(List<Parameter> all) {
        this.all = List.copyOf(all);
        for (Parameter p : this.all) {
            byId.putIfAbsent(p.getId(), p);
        }
    }

    /** Every parameter, in file order. */
    public List<Parameter> all() {
        return all;
    }

    /** The parameter with this id, or null. */
    public Parameter get(String id) {
        return byId.get(id);
    }

    /** The value of a count or number parameter (a count is a whole number, so compares exactly). */
    public double number(String id) {
        Parameter p = require(id);
        if (p.getNumber() == null) {
            throw new IllegalArgumentException("parameter \"" + id + "\" is a list of names; read it with parameters.names(\"" + id + "\")");
        }
        return p.getNumber().doubleValue();
    }

    /** The value of a list parameter. */
    public List<String> names(String id) {
        Parameter p = require(id);
        if (p.getNames() == null) {
            throw new IllegalArgumentException("parameter \"" + id + "\" is a number; read it with parameters.number(\"" + id + "\")");
        }
        return p.getNames();
    }

    private Parameter require(String id) {
        Parameter p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("no parameter \"" + id + "\" in parameters.json; known: " + String.join(", ", byId.keySet()));
        }
        return p;
    }
}
