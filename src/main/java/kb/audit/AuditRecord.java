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
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.LawLibrary;
import kb.facts.SourceRef;
import kb.report.ResultJson;
import kb.Version;

/**
 * The audit record of one evaluation: versions, every rule and fact file (SHA-256 and the text,
 * gzip + base64), every firing in order, the derivation graph and the result, and a checksum
 * over the record itself ({@code recordSha256}) so an edit anywhere in it is found. Folders are
 * kept relative to the project root ({@link ProjectPaths}). Apart from {@code createdAt} (and
 * so the checksum), two runs on the same inputs give the same record.
 */
public final class AuditRecord {
    public static final int FORMAT = 2;
    public static final String CHECKSUM_FIELD = "recordSha256";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AuditRecord() {
    }

    /** @param caseFolder the folder the case was read from; null for a case built in memory */
    public static ObjectNode of(RuleBase rules, Path caseFolder, Evaluation e) throws IOException {
        ObjectNode root = NODES.objectNode();
        root.put("recordFormat", FORMAT);
        root.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "kb");
        tool.put("version", Version.tool());
        tool.put("drools", Version.drools());
        tool.put("java", System.getProperty("java.specification.version"));
        ObjectNode c = root.putObject("case");
        c.put("id", e.facts().partnership().getId());
        // A case built in memory (kb.api) has no folder and no fact files.
        c.put("folder", caseFolder == null ? null : ProjectPaths.relative(caseFolder));
        // The period judged over: the case's own, or the one given with --period (kb verify uses it again).
        c.put("period", e.facts().partnership().getPeriod().getFrom() + "-" + e.facts().partnership().getPeriod().getTo());
        ObjectNode r = root.putObject("rules");
        r.put("folder", ProjectPaths.relative(rules.folder()));
        ArrayNode ruleFiles = r.putArray("files");
        for (RuleFile f : rules.files()) {
            ruleFiles.addObject().put("path", f.relativePath()).put("sha256", f.sha256())
                    .put("gzipBase64", FileTexts.pack(f.bytes()));
        }
        ArrayNode factFiles = root.putObject("facts").putArray("files");
        Map<String, String> evaluated = e.facts().sha256();
        for (Map.Entry<String, byte[]> f : factFiles(caseFolder, e.facts().lawFolder()).entrySet()) {
            // The hash is the one of the bytes the loader checked and bound; the text kept beside it
            // is read again, so it must be those same bytes.
            String sha = RulesFolder.sha256(f.getValue());
            String read = evaluated.get(f.getKey());
            if (read != null && !read.equals(sha)) {
                throw new IOException(f.getKey() + ": changed while the case was evaluated; run again");
            }
            factFiles.addObject().put("path", f.getKey()).put("sha256", read != null ? read : sha)
                    .put("gzipBase64", FileTexts.pack(f.getValue()));
        }
        // The passages the facts rest on, where recorded: an auditor reads what each fact claims from its source.
        ArrayNode passages = root.putArray("passages");
        for (Fact fact : e.facts().facts()) {
            for (SourceRef ref : fact.getSourceRefs()) {
                if (ref.getQuote() != null) {
                    ObjectNode q = passages.addObject().put("fact", fact.getId()).put("source", ref.getId())
                            .put("quote", ref.getQuote());
                    if (ref.getGloss() != null) {
                        q.put("gloss", ref.getGloss());
                    }
                }
            }
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
        // Rule locations read "<rules folder>/file:line" with the folder as given; kept relative to the project.
        relocate(root, locationPrefix(rules.folder().toString()), locationPrefix(r.path("folder").asText()));
        root.put(CHECKSUM_FIELD, checksum(root));
        return root;
    }

    /** How a rule location starts for a rules folder named {@code folder}. */
    static String locationPrefix(String folder) {
        return folder.endsWith("/") ? folder : folder + "/";
    }

    /** Replaces the prefix {@code from} of every text in {@code node} that starts with it. */
    public static void relocate(JsonNode node, String from, String to) {
        if (from.equals(to)) {
            return;
        }
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode v = o.get(n);
                if (v.isTextual() && v.asText().startsWith(from)) {
                    o.put(n, to + v.asText().substring(from.length()));
                } else {
                    relocate(v, from, to);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual() && v.asText().startsWith(from)) {
                    a.set(i, NODES.textNode(to + v.asText().substring(from.length())));
                } else {
                    relocate(v, from, to);
                }
            }
        }
    }

    /** SHA-256 over the record as written, without the checksum field itself. */
    public static String checksum(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(CHECKSUM_FIELD);
        try {
            return RulesFolder.sha256(ResultJson.WRITER.writeValueAsBytes(copy));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * SHA-256 of every fact file the loader reads (not expected.json), by file name, and of the
     * law library's files, as {@code law/instruments.json}.
     */
    public static Map<String, String> factFileHashes(Path caseFolder, Path lawFolder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        factFiles(caseFolder, lawFolder).forEach((name, bytes) -> hashes.put(name, RulesFolder.sha256(bytes)));
        return hashes;
    }

    /**
     * Every fact file the loader reads (not expected.json), by file name, and the law library's as law/NAME;
     * only the library's for a case built in memory ({@code caseFolder} null).
     */
    static Map<String, byte[]> factFiles(Path caseFolder, Path lawFolder) throws IOException {
        Map<String, byte[]> hashes = new TreeMap<>();
        List<String> names = new ArrayList<>(FactFileKind.allowedFileNames());
        names.remove(FactFileKind.EXPECTED_FILE);
        for (String name : caseFolder == null ? List.<String>of() : names) {
            Path p = caseFolder.resolve(name);
            if (Files.isRegularFile(p)) {
                hashes.put(name, Files.readAllBytes(p));
            }
        }
        if (lawFolder != null) {
            for (String name : List.of(FactFileKind.NATIONAL_LAW.fileName(), FactFileKind.SOURCES.fileName())) {
                Path p = lawFolder.resolve(name);
                if (Files.isRegularFile(p)) {
                    hashes.put(LawLibrary.FOLDER + "/" + name, Files.readAllBytes(p));
                }
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
