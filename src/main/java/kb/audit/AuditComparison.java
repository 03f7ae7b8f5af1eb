package kb.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What differs between a recorded evaluation and a fresh one. Everything the record claims is
 * checked: its own checksum (an edit anywhere), the tool and Drools versions, the case id,
 * every rule and fact file (with the changed lines, diff -u), the conclusions, the verdict,
 * the whole result (every factor, reason, label, count), the firing trail and the derivation.
 */
public final class AuditComparison {
    /** A forged result can differ in many places; the first ones are enough to see it. */
    private static final int MAX_RESULT_LINES = 20;

    private AuditComparison() {
    }

    public static List<String> differences(JsonNode recordedAsRead, JsonNode freshAsMade) {
        List<String> diffs = new ArrayList<>();
        String claimed = recordedAsRead.path(AuditRecord.CHECKSUM_FIELD).asText("");
        if (claimed.isEmpty()) {
            diffs.add("the record has no " + AuditRecord.CHECKSUM_FIELD + ": it was not written whole by kb");
        } else if (!claimed.equals(AuditRecord.checksum(recordedAsRead))) {
            diffs.add("the record was edited after it was written: its " + AuditRecord.CHECKSUM_FIELD
                    + " does not match its content");
        }
        // Where the rules folder is does not matter, only what is in it: compare locations as file:line.
        JsonNode recorded = withoutRulesFolder(recordedAsRead);
        JsonNode fresh = withoutRulesFolder(freshAsMade);
        same("tool version", "kb " + recorded.at("/tool/version").asText(), "kb " + fresh.at("/tool/version").asText(), diffs);
        same("Drools version", recorded.at("/tool/drools").asText(), fresh.at("/tool/drools").asText(), diffs);
        same("case id", recorded.at("/case/id").asText(), fresh.at("/case/id").asText(), diffs);
        compareFiles("rule file", recorded.path("rules").path("files"), fresh.path("rules").path("files"), diffs);
        compareFiles("fact file", recorded.path("facts").path("files"), fresh.path("facts").path("files"), diffs);
        Set<String> before = conclusions(recorded);
        Set<String> after = conclusions(fresh);
        for (String c : after) {
            if (!before.contains(c)) {
                diffs.add("conclusion appeared: " + c);
            }
        }
        for (String c : before) {
            if (!after.contains(c)) {
                diffs.add("conclusion vanished: " + c);
            }
        }
        String vb = AuditRecord.verdict(recorded);
        String va = AuditRecord.verdict(fresh);
        if (!vb.equals(va)) {
            diffs.add("verdict changed: " + vb + " -> " + va);
        }
        List<String> result = new ArrayList<>();
        compareJson("", recorded.path("result"), fresh.path("result"), result);
        if (result.size() > MAX_RESULT_LINES) {
            int more = result.size() - MAX_RESULT_LINES;
            result = new ArrayList<>(result.subList(0, MAX_RESULT_LINES));
            result.add("result: ... and " + more + " more differences");
        }
        diffs.addAll(result);
        if (diffs.isEmpty() && !recorded.path("firings").equals(fresh.path("firings"))) {
            diffs.add("the same conclusions were reached by a different sequence of firings ("
                    + recorded.path("firings").size() + " recorded, " + fresh.path("firings").size() + " now)");
        }
        if (diffs.isEmpty() && !recorded.path("derivation").equals(fresh.path("derivation"))) {
            diffs.add("the same conclusions now rest on different justifications");
        }
        return diffs;
    }

    private static JsonNode withoutRulesFolder(JsonNode record) {
        JsonNode copy = record.deepCopy();
        AuditRecord.relocate(copy, AuditRecord.locationPrefix(record.path("rules").path("folder").asText()), "");
        return copy;
    }

    private static void same(String what, String recorded, String now, List<String> diffs) {
        if (!recorded.equals(now)) {
            diffs.add(what + " differs: recorded " + recorded + ", now " + now);
        }
    }

    /** Every place the recorded result differs from the fresh one, as a JSON pointer with both values. */
    private static void compareJson(String at, JsonNode recorded, JsonNode fresh, List<String> out) {
        if (recorded.equals(fresh)) {
            return;
        }
        if (recorded.isObject() && fresh.isObject()) {
            Set<String> names = new TreeSet<>();
            recorded.fieldNames().forEachRemaining(names::add);
            fresh.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                compareJson(at + "/" + n, recorded.path(n), fresh.path(n), out);
            }
        } else if (recorded.isArray() && fresh.isArray() && recorded.size() == fresh.size()) {
            for (int i = 0; i < recorded.size(); i++) {
                compareJson(at + "/" + i, recorded.get(i), fresh.get(i), out);
            }
        } else {
            out.add("result" + at + ": recorded " + shown(recorded) + ", now " + shown(fresh));
        }
    }

    private static String shown(JsonNode n) {
        if (n.isMissingNode()) {
            return "(absent)";
        }
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static void compareFiles(String what, JsonNode before, JsonNode after, List<String> diffs) {
        Map<String, JsonNode> b = byPath(before);
        Map<String, JsonNode> a = byPath(after);
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            JsonNode now = a.get(e.getKey());
            String was = e.getValue().path("sha256").asText();
            if (now == null) {
                diffs.add(what + " removed: " + e.getKey() + " (was sha256 " + was + ")");
            } else if (!now.path("sha256").asText().equals(was)) {
                diffs.add(what + " changed: " + e.getKey() + " (sha256 " + was + " -> " + now.path("sha256").asText() + ")");
                diffs.addAll(changedLines(e.getKey(), e.getValue(), now));
            }
        }
        for (Map.Entry<String, JsonNode> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                diffs.add(what + " added: " + e.getKey() + " (sha256 " + e.getValue().path("sha256").asText() + ")");
            }
        }
    }

    private static List<String> changedLines(String name, JsonNode recorded, JsonNode now) {
        if (!recorded.has("gzipBase64")) {
            return List.of("  (the record keeps no text of " + name + ", so the changed lines cannot be shown)");
        }
        try {
            byte[] was = FileTexts.unpack(recorded.path("gzipBase64").asText());
            if (!kb.engine.RulesFolder.sha256(was).equals(recorded.path("sha256").asText())) {
                return List.of("  (the recorded text of " + name + " does not match its recorded sha256: the record was edited)");
            }
            return UnifiedDiff.of(name, was, FileTexts.unpack(now.path("gzipBase64").asText()))
                    .stream().map(l -> "  " + l).toList();
        } catch (IOException e) {
            return List.of("  (the recorded text of " + name + " cannot be read: " + e.getMessage() + ")");
        }
    }

    private static Map<String, JsonNode> byPath(JsonNode files) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (Iterator<JsonNode> it = files.elements(); it.hasNext(); ) {
            JsonNode f = it.next();
            m.put(f.path("path").asText(), f);
        }
        return m;
    }

    private static Set<String> conclusions(JsonNode record) {
        Set<String> s = new TreeSet<>();
        record.path("derivation").forEach(d -> s.add(d.path("conclusion").asText()));
        return s;
    }

}
