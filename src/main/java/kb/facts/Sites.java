package kb.facts;

import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where each object read from a fact file came from, so a check on the domain objects
 * (a duplicate id, an unknown source) can still point at {@code file:line:column}.
 */
final class Sites {
    private record Site(JsonTree tree, JsonNode node) {
    }

    private final Map<Object, Site> byObject = new IdentityHashMap<>();

    void put(Object read, JsonTree tree, JsonNode node) {
        byObject.put(read, new Site(tree, node));
    }

    /** {@code file:line:column} of a field of an object read from a file, else of the object itself. */
    String where(Object read, String field) {
        Site site = byObject.get(read);
        if (site == null) {
            return "?";
        }
        JsonNode value = site.node() == null || field == null ? null : site.node().get(field);
        return site.tree().where(value != null ? value : site.node());
    }
}
