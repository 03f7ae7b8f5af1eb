package kb.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kb.engine.Evaluation;
import kb.engine.Firing;
import kb.engine.Justification;
import kb.engine.ObjectIds;
import kb.engine.RuleBase;
import kb.engine.RuleFile;
import kb.engine.RulesFolder;
import kb.facts.FactFileKind;
import kb.report.ResultJson;
import org.drools.base.util.Drools;

/**
 * The audit record of one evaluation: versions, the SHA-256 of every rule and fact file,
 * every firing in order, the derivation graph and the result. Apart from
 * {@code createdAt}, two runs on the same inputs give the same record.
 */
public final class AuditRecord {
    public static final int FORMAT = 1;
    public static final String TOOL_VERSION = "0.1.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditRecord() {
    }

    public static ObjectNode of(RuleBase rules, Path caseFolder, Evaluation e) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("recordFormat", FORMAT);
        root.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "kb");
        tool.put("version", TOOL_VERSION);
        tool.put("drools", Drools.getFullVersion());
        tool.put("java", System.getProperty("java.specification.version"));
        ObjectNode c = root.putObject("case");
        c.put("id", e.facts().partnership().getId());
        c.put("folder", caseFolder.toString());
        ObjectNode r = root.putObject("rules");
        r.put("folder", rules.folder().toString());
        ArrayNode ruleFiles = r.putArray("files");
        for (RuleFile f : rules.files()) {
            ruleFiles.addObject().put("path", f.relativePath()).put("sha256", f.sha256());
        }
        ArrayNode factFiles = root.putObject("facts").putArray("files");
        for (Map.Entry<String, String> f : factFileHashes(caseFolder).entrySet()) {
            factFiles.addObject().put("path", f.getKey()).put("sha256", f.getValue());
        }
        ArrayNode firings = root.putArray("firings");
        for (Firing f : e.firings()) {
            ObjectNode n = firings.addObject();
            n.put("sequence", f.sequence());
            n.put("rule", f.rule().id());
            n.put("location", f.rule().location());
            n.set("matched", ids(f.matched()));
            n.set("justified", ids(f.justified()));
            n.set("inserted", ids(f.inserted()));
            n.set("retracted", ids(f.retracted()));
        }
        ArrayNode derivation = root.putArray("derivation");
        Map<String, List<Justification>> byKey = new TreeMap<>();
        e.justifications().forEach((o, js) -> byKey.put(ObjectIds.of(o), js));
        byKey.forEach((key, js) -> {
            ObjectNode n = derivation.addObject();
            n.put("conclusion", key);
            ArrayNode because = n.putArray("justifications");
            for (Justification j : js) {
                because.addObject().put("rule", j.rule().id()).put("location", j.rule().location())
                        .set("matched", ids(j.matched()));
            }
        });
        root.set("result", ResultJson.of(e));
        return root;
    }

    /** SHA-256 of every fact file the loader reads (not expected.json), by file name. */
    public static Map<String, String> factFileHashes(Path caseFolder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<String> names = new ArrayList<>(FactFileKind.allowedFileNames());
        names.remove(FactFileKind.EXPECTED_FILE);
        for (String name : names) {
            Path p = caseFolder.resolve(name);
            if (Files.isRegularFile(p)) {
                hashes.put(name, RulesFolder.sha256(Files.readAllBytes(p)));
            }
        }
        return hashes;
    }

    private static ArrayNode ids(List<Object> objects) {
        ArrayNode a = NODES.arrayNode();
        objects.forEach(o -> a.add(ObjectIds.of(o)));
        return a;
    }

    /** The verdict a record holds, or "none". */
    public static String verdict(JsonNode record) {
        JsonNode v = record.path("result").path("verdict");
        return v.isTextual() ? v.asText() : "none";
    }
}
