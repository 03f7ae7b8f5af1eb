package kb.whatif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.facts.CaseFacts;
import kb.facts.FactFileKind;
import kb.report.AtomicFiles;
import kb.report.ResultJson;

/**
 * Writes each suggestion as a scenario file: the case as its base, the findings it overturns and
 * the facts it changes removed, the new and changed facts added (basis HYPOTHETICAL, citing the
 * scenario's own hypothetical source), and the factor results and verdict the suggestion was
 * verified to give, so {@code kb test} checks that it still holds after the rules change.
 */
public final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioWriter() {
    }

    public static List<Path> write(WhatIf.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        CaseFacts base = r.facts();
        String caseId = base.partnership().getId();
        List<Path> written = new ArrayList<>();
        for (WhatIf.Goal g : r.verdicts()) {
            int n = 1;
            for (WhatIf.Suggestion s : g.suggestions()) {
                Path file = dir.resolve(caseId + "-" + g.result().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + "-" + n++ + ".json");
                AtomicFiles.write(file, (ResultJson.WRITER.writeValueAsString(scenario(base, dir, g, s)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                written.add(file);
            }
        }
        return written;
    }

    static ObjectNode scenario(CaseFacts base, Path dir, WhatIf.Goal g, WhatIf.Suggestion s) {
        ObjectNode root = NODES.objectNode();
        root.put("name", "Had " + base.partnership().getId() + " " + String.join("; ", s.describe())
                + ", the capacity would be " + g.result() + " (suggested by kb whatif, hypothetical)");
        root.put("case", dir.toAbsolutePath().normalize().relativize(base.folder().toAbsolutePath().normalize()).toString()
                .replace('\\', '/'));
        ArrayNode remove = root.putArray("remove");
        s.overturns().forEach(f -> remove.add(f.getId()));
        Map<FactFileKind, List<ObjectNode>> added = new LinkedHashMap<>();
        for (Change c : s.changes()) {
            if (c.action() != Change.Action.ADD) {
                remove.add(c.targetId());
            }
            if (c.json() != null) {
                added.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c.json());
            }
        }
        ObjectNode add = root.putObject("add");
        add.putArray("sources").addObject().put("id", WhatIfFields.SOURCE_ID).put("citation", WhatIfFields.SOURCE_CITATION);
        for (FactFileKind k : FactFileKind.values()) {
            if (added.containsKey(k)) {
                ArrayNode list = add.putArray(additionsField(k));
                added.get(k).forEach(list::add);
            }
        }
        ObjectNode factors = root.putObject("factors");
        s.outcome().factors().forEach(factors::put);
        root.put("verdict", s.outcome().verdict());
        if (s.outcome().possibleVerdicts().size() > 1) {
            ArrayNode possible = root.putArray("possibleVerdicts");
            s.outcome().possibleVerdicts().forEach(possible::add);
        }
        return root;
    }

    /** A scenario's "add" names each list as the case file does ("activities", "legalInstruments", "stances"). */
    private static String additionsField(FactFileKind k) {
        return k.listField();
    }
}
