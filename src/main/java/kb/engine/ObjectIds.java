package kb.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import kb.conclusions.Conclusion;
import kb.facts.Fact;
import kb.facts.Partnership;
import kb.framework.FactorDefinition;

/**
 * A stable, readable id for anything in a session: a fact's own id, or, for a conclusion (a
 * record), its type and fields: {@code FactorResult(F4, NOT_MET)}. Audit records and their
 * comparison rely on these being stable; a new conclusion type needs no change here.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    public static String of(Object o) {
        if (o instanceof Fact f) {
            return f.getId();
        }
        if (o instanceof Partnership p) {
            return "case:" + p.getId();
        }
        if (o instanceof FactorDefinition f) {
            return "factor:" + f.getId();
        }
        if (o instanceof Conclusion && o instanceof Record r) {
            return r.getClass().getSimpleName() + "(" + String.join(", ", fields(r)) + ")";
        }
        return o.getClass().getSimpleName() + "(" + o + ")";
    }

    private static List<String> fields(Record r) {
        List<String> values = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                values.add(String.valueOf(c.getAccessor().invoke(r)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a record's accessor is public", e);
            }
        }
        return values;
    }
}
