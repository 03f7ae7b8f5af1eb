package kb.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.facts.FactFileKind;

/**
 * One fact of a case built in memory: its kind and the fields of its entry in the case folder's
 * file, under the same names and with the same values ({@code facts/schema/} documents them),
 * so an entry of {@code activities.json} can be copied here field by field:
 *
 * <pre>{@code
 * FactEntry.of("activity", "A1").summary("The two mayors sign the MoU (hypothetical)")
 *         .basis("HYPOTHETICAL").sources("S1")
 *         .set("type", "SIGNING").set("status", "REALISED").set("date", "2014-05-12")
 * }</pre>
 *
 * <p>The kinds are those a case folder holds, named as in messages: {@code activity},
 * {@code motive}, {@code cause}, {@code legal-instrument}, {@code central-government-stance},
 * {@code outcome}, {@code joint-institution}, {@code obstacle}, {@code finding},
 * {@code absence} (see {@link #kinds()}). Values are checked when the case is built
 * ({@link Case.Builder#build()}), never here. Immutable: each call returns a new entry.
 */
public final class FactEntry {
    private final FactFileKind kind;
    private final Map<String, Object> fields;

    private FactEntry(FactFileKind kind, Map<String, Object> fields) {
        this.kind = kind;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * A new entry of a kind, with its id.
     *
     * @throws IllegalArgumentException for a kind a case does not hold, naming those it does
     */
    public static FactEntry of(String kind, String id) {
        FactFileKind k = FactFileKind.inCase().stream()
                .filter(x -> x != FactFileKind.SOURCES && x.noun().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + kind + "\" is not a kind of fact of a case; allowed: "
                        + String.join(", ", kinds())));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        return new FactEntry(k, fields);
    }

    /** The kinds of fact a case holds, in the order they are inserted into the rules. */
    public static List<String> kinds() {
        return FactFileKind.inCase().stream().filter(k -> k != FactFileKind.SOURCES).map(FactFileKind::noun).toList();
    }

    /** A field of the entry, named as in the file; a value is text, a number, true/false, a list or a map. */
    public FactEntry set(String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(field, value);
        return new FactEntry(kind, copy);
    }

    /** The one-line summary every fact has. */
    public FactEntry summary(String summary) {
        return set("summary", summary);
    }

    /** What it rests on: {@code DOCUMENTED}, {@code THESIS_FINDING} or {@code HYPOTHETICAL}. */
    public FactEntry basis(String basis) {
        return set("basis", basis);
    }

    /** The ids of its sources, at least one; each must be a source of the case. */
    public FactEntry sources(String... ids) {
        return set("sources", Arrays.asList(ids.clone()));
    }

    /** The kind, as named in messages ("activity"). */
    public String kind() {
        return kind.noun();
    }

    /** The fields as set, in the order set. */
    public Map<String, Object> fields() {
        return fields;
    }

    FactFileKind fileKind() {
        return kind;
    }

    @Override
    public String toString() {
        return kind.noun() + " " + fields.get("id");
    }
}
