package kb.facts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where each object read from a fact file came from, so a check on the domain objects
 * (a duplicate id, an unknown source) can still point at {@code file:line:column}. Only the
 * line and column of the object and of the fields {@link CaseChecks} points at are kept, not
 * the tree they were read from: a file of a million facts would keep a million trees alive.
 */
final class Sites {
    /** The fields {@link CaseChecks} names in its messages. */
    private static final List<String> FIELDS = List.of("id", "sources", "endDate", "inForceUntil", "period", "partner", "replaces", "indicator");

    /**
     * {@code at[0]} is the object, {@code at[1 + i]} the field {@code FIELDS[i]} (0 when the object
     * lacks it); each a line and a column packed in a long. Trailing zeros are left out.
     */
    private record Site(Path file, long[] at) {
    }

    private final Map<Object, Site> byObject = new IdentityHashMap<>();

    /** Records where {@code read} was read from: {@code node} of {@code tree}. */
    void put(Object read, JsonTree tree, JsonNode node) {
        long[] at = new long[1 + FIELDS.size()];
        at[0] = pack(tree.lineColumn(node));
        int used = 1;
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonNode value = node.get(FIELDS.get(i));
            if (value != null) {
                at[1 + i] = pack(tree.lineColumn(value));
                used = 2 + i;
            }
        }
        byObject.put(read, new Site(tree.file(), Arrays.copyOf(at, used)));
    }

    /** {@code file:line:column} of a field of an object read from a file, else of the object itself. */
    String where(Object read, String field) {
        Site site = byObject.get(read);
        if (site == null) {
            return "?";
        }
        int i = field == null ? -1 : FIELDS.indexOf(field);
        if (field != null && i < 0) {
            throw new IllegalArgumentException("Sites keeps no position for field \"" + field + "\"; add it to FIELDS");
        }
        long at = i >= 0 && 1 + i < site.at().length && site.at()[1 + i] != 0 ? site.at()[1 + i] : site.at()[0];
        return site.file() + ":" + (int) (at >>> 32) + ":" + (int) at;
    }

    private static long pack(int[] lineColumn) {
        return (long) lineColumn[0] << 32 | lineColumn[1];
    }
}
