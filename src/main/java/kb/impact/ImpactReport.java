package kb.impact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import kb.batch.CaseFailure;
import kb.report.ResultJson;

/**
 * The comparison as a table for people (each changed case with its baseline and new results
 * side by side, a {@code *} on what changed, and the rules that fired in one run only), JSON for
 * tools and CSV for a spreadsheet. Only changed cases are listed; the summary line counts all.
 */
public final class ImpactReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ImpactReport() {
    }

    public static String table(ImpactResult r, List<String> factorIds) {
        StringBuilder out = new StringBuilder();
        out.append("baseline rules: ").append(r.baselineLabel()).append('\n');
        out.append("new rules:      ").append(r.currentLabel()).append('\n');
        for (CaseChange c : r.changes()) {
            out.append('\n').append(c.caseName()).append('\n');
            int width = 9;
            for (String id : factorIds) {
                width = Math.max(width, Math.max(c.baseline().factors().getOrDefault(id, "").length(),
                        c.current().factors().getOrDefault(id, "").length()) + 1);
            }
            out.append(pad("", 12));
            for (String id : factorIds) {
                out.append(pad(id, width)).append(' ');
            }
            out.append("verdict\n");
            row(out, "baseline", c.baseline(), factorIds, width, Set.of(), false);
            row(out, "new", c.current(), factorIds, width, c.changedFactors(), c.verdictChanged());
            out.append("  fired only with the baseline rules: ").append(list(c.firedOnlyInBaseline())).append('\n');
            out.append("  fired only with the new rules:      ").append(list(c.firedOnlyInCurrent())).append('\n');
        }
        out.append('\n').append(r.summary()).append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String label, CaseOutcome o, List<String> factorIds, int width,
                            Set<String> changed, boolean verdictChanged) {
        out.append("  ").append(pad(label, 10));
        for (String id : factorIds) {
            String text = o.factors().getOrDefault(id, "-").replace('_', ' ') + (changed.contains(id) ? "*" : "");
            out.append(pad(text, width)).append(' ');
        }
        out.append(o.verdictText()).append(verdictChanged ? "*" : "").append('\n');
    }

    public static String json(ImpactResult r, List<String> factorIds) {
        ObjectNode root = NODES.objectNode();
        root.put("baselineRules", r.baselineLabel());
        root.put("rules", r.currentLabel());
        root.put("compared", r.compared());
        root.put("changed", r.changes().size());
        root.put("verdictsChanged", r.verdictsChanged());
        root.put("summary", r.summary());
        ArrayNode cases = root.putArray("cases");
        for (CaseChange c : r.changes()) {
            ObjectNode n = cases.addObject();
            n.put("case", c.caseName());
            strings(n, "changedFactors", c.changedFactors());
            n.put("verdictChanged", c.verdictChanged());
            n.set("baseline", outcome(c.baseline(), factorIds));
            n.set("new", outcome(c.current(), factorIds));
            strings(n, "firedOnlyInBaseline", c.firedOnlyInBaseline());
            strings(n, "firedOnlyInNew", c.firedOnlyInCurrent());
        }
        ArrayNode failures = root.putArray("failures");
        for (CaseFailure f : r.failures()) {
            failures.addObject().put("case", f.folder().toString().replace('\\', '/')).put("message", f.message());
        }
        try {
            return ResultJson.WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void strings(ObjectNode n, String field, java.util.Collection<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }

    private static ObjectNode outcome(CaseOutcome o, List<String> factorIds) {
        ObjectNode n = NODES.objectNode();
        ObjectNode factors = n.putObject("factors");
        factorIds.forEach(id -> factors.put(id, o.factors().get(id)));
        n.put("verdict", o.verdict());
        strings(n, "possibleVerdicts", o.possibleVerdicts());
        return n;
    }

    /** One row per changed case: the baseline and new result of each factor side by side. */
    public static String csv(ImpactResult r, List<String> factorIds) {
        StringBuilder out = new StringBuilder("case,");
        for (String id : factorIds) {
            out.append(id).append(" baseline,").append(id).append(" new,");
        }
        out.append("verdict baseline,verdict new,changed factors,fired only with baseline,fired only with new\n");
        for (CaseChange c : r.changes()) {
            out.append(cell(c.caseName())).append(',');
            for (String id : factorIds) {
                out.append(c.baseline().factors().getOrDefault(id, "")).append(',')
                        .append(c.current().factors().getOrDefault(id, "")).append(',');
            }
            out.append(cell(c.baseline().verdictText())).append(',').append(cell(c.current().verdictText())).append(',')
                    .append(cell(String.join(" ", c.changedFactors()))).append(',')
                    .append(cell(String.join(" ", c.firedOnlyInBaseline()))).append(',')
                    .append(cell(String.join(" ", c.firedOnlyInCurrent()))).append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
