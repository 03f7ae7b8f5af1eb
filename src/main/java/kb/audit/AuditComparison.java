package kb.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What differs between a recorded evaluation and a fresh one: rule and fact files (by name
 * and hash), conclusions that appeared or vanished, the verdict, and the firing trail.
 */
public final class AuditComparison {
    private AuditComparison() {
    }

    public static List<String> differences(JsonNode recorded, JsonNode fresh) {
        List<String> diffs = new ArrayList<>();
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
        if (diffs.isEmpty() && !recorded.path("firings").equals(fresh.path("firings"))) {
            diffs.add("the same conclusions were reached by a different sequence of firings ("
                    + recorded.path("firings").size() + " recorded, " + fresh.path("firings").size() + " now)");
        }
        if (diffs.isEmpty() && !recorded.path("derivation").equals(fresh.path("derivation"))) {
            diffs.add("the same conclusions now rest on different justifications");
        }
        return diffs;
    }

    private static void compareFiles(String what, JsonNode before, JsonNode after, List<String> diffs) {
        Map<String, String> b = hashes(before);
        Map<String, String> a = hashes(after);
        for (Map.Entry<String, String> e : b.entrySet()) {
            String now = a.get(e.getKey());
            if (now == null) {
                diffs.add(what + " removed: " + e.getKey() + " (was sha256 " + e.getValue() + ")");
            } else if (!now.equals(e.getValue())) {
                diffs.add(what + " changed: " + e.getKey() + " (sha256 " + e.getValue() + " -> " + now + ")");
            }
        }
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                diffs.add(what + " added: " + e.getKey() + " (sha256 " + e.getValue() + ")");
            }
        }
    }

    private static Map<String, String> hashes(JsonNode files) {
        Map<String, String> m = new TreeMap<>();
        files.forEach(f -> m.put(f.path("path").asText(), f.path("sha256").asText()));
        return m;
    }

    private static Set<String> conclusions(JsonNode record) {
        Set<String> s = new TreeSet<>();
        record.path("derivation").forEach(d -> s.add(d.path("conclusion").asText()));
        return s;
    }
}
