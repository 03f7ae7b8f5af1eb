package kb.facts;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the data files of the rules folder ({@code parameters.json}, {@code factors.json})
 * against their JSON Schemas in {@code rules/schema/}, with the same reading and the same
 * {@code file:line:column} messages as a fact file. The tool reads its own copy of the schemas
 * from the jar; they may refer to the fact schemas (a parameter's list of activity types).
 */
public final class RulesDataSchemas {
    private static final String LOCATION = "classpath:kb/rules/schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false)
                    .allow(iri -> iri.toString().startsWith("classpath:kb/"))));
    private static final Map<String, Schema> BY_NAME = new ConcurrentHashMap<>();

    private RulesDataSchemas() {
    }

    /**
     * Problems of a file against {@code <schemaName>.schema.json}, in file order, each as
     * {@code file:line:column: message}; empty when the file matches.
     */
    public static List<String> check(Path file, byte[] bytes, String schemaName, String noun) {
        JsonTree tree;
        try {
            tree = JsonTree.parse(file, bytes);
        } catch (JsonTree.NotJson e) {
            return List.of(e.problem(file, limit -> new int[] {1, 1}));
        }
        Schema schema = BY_NAME.computeIfAbsent(schemaName, n -> {
            Schema s = REGISTRY.getSchema(SchemaLocation.of(LOCATION + n + ".schema.json"));
            s.initializeValidators();
            return s;
        });
        SchemaMessages words = SchemaMessages.forFile(tree, noun);
        List<SchemaMessages.Located> found = new ArrayList<>(schema.validate(tree.root()).stream().map(words::describe).toList());
        found.sort(Comparator.comparingInt(SchemaMessages.Located::line).thenComparingInt(SchemaMessages.Located::column));
        // One message per place: "1" for a count fails both "a number" and "a whole number".
        Map<String, String> byPlace = new java.util.LinkedHashMap<>();
        found.forEach(l -> byPlace.putIfAbsent(l.line() + ":" + l.column(), l.text()));
        return List.copyOf(byPlace.values());
    }
}
