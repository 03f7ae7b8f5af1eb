package kb.facts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the fact files, read from the jar (a copy of {@code facts/schema/}
 * made by the build). A fact file's own {@code "$schema"} is only a hint for editors: the
 * schema is chosen by the file's name, and only {@code classpath:kb/facts/schema/} may be
 * loaded, so no file can make the tool read another path or fetch an address.
 */
final class FactSchemas {
    static final String LOCATION = "classpath:kb/facts/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false)
                    .allow(iri -> iri.toString().startsWith(LOCATION))));
    private static final Map<String, Schema> BY_NAME = new ConcurrentHashMap<>();

    private FactSchemas() {
    }

    /** The schema of a file kind, e.g. {@code "activities"} for {@code activities.schema.json}. */
    static Schema of(String name) {
        return load(name + ".schema.json");
    }

    /**
     * The part of a file kind's schema that one item of its list must match, so a long list can
     * be checked one item at a time. Errors found with it name the same schema places as errors
     * found with the whole schema; only their instance path starts at the item.
     */
    static Schema itemsOf(String name, String listField) {
        return load(name + ".schema.json#/properties/" + listField + "/items");
    }

    private static Schema load(String path) {
        return BY_NAME.computeIfAbsent(path, p -> {
            Schema s = REGISTRY.getSchema(SchemaLocation.of(LOCATION + p));
            s.initializeValidators();
            return s;
        });
    }

    /** The whole JSON of one schema file, e.g. to list the fields an object may have. */
    static JsonNode node(String iri) {
        return iri.startsWith(LOCATION) ? REGISTRY.getSchema(SchemaLocation.of(iri)).getSchemaNode() : null;
    }

    static List<Error> validate(String name, JsonNode root) {
        return of(name).validate(root);
    }
}
