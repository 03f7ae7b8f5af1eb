package kb.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import kb.facts.Fact;
import kb.report.ResultJson;

/** The answer of {@code kb whatif} as text for people and JSON for tools. */
public final class WhatIfReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WhatIfReport() {
    }

    public static String text(WhatIf.Result r, int maxChanges) {
        StringBuilder out = new StringBuilder();
        out.append(r.facts().partnership().getId()).append(": ").append(r.now().verdictText()).append(" now");
        List<String> unmet = r.now().factors().entrySet().stream().filter(e -> !Verdicts.MET.equals(e.getValue()))
                .map(e -> e.getKey() + " " + e.getValue().replace('_', ' ')).toList();
        out.append(unmet.isEmpty() ? "" : " (" + String.join(", ", unmet) + ")").append('\n');
        if (r.verdicts().isEmpty()) {
            out.append("\nNo better verdict to reach.\n");
        }
        for (WhatIf.Goal g : r.verdicts()) {
            out.append('\n').append(g.result()).append(": ");
            if (!g.reached()) {
                out.append("not reachable with ").append(maxChanges).append(" changes or fewer (raise --max-changes)\n");
                continue;
            }
            int size = g.suggestions().get(0).size();
            out.append(size).append(size == 1 ? " change" : " changes").append('\n');
            int n = 1;
            for (WhatIf.Suggestion s : g.suggestions()) {
                suggestion(out, n++, s);
            }
        }
        // An undetermined factor: the evidence that would decide it either way (as a decision report lists
        // the information still needed); a factor not met: the smallest change that would turn it.
        List<WhatIf.Goal> undecided = r.factors().stream().filter(g -> isUndetermined(r, g)).toList();
        if (!undecided.isEmpty()) {
            out.append("\nEvidence still needed (undetermined factors):\n");
            factorLines(out, undecided, maxChanges);
        }
        List<WhatIf.Goal> notMet = r.factors().stream().filter(g -> !isUndetermined(r, g)).toList();
        if (!notMet.isEmpty()) {
            out.append("\nSmallest change that turns each factor not met:\n");
            factorLines(out, notMet, maxChanges);
        }
        out.append("\n(").append(r.candidates()).append(" single changes screened, ").append(r.kinds())
                .append(" kinds of effect, ").append(r.evaluated()).append(" whole-case evaluations in ")
                .append(r.screeningMillis() + r.searchMillis()).append(" ms; every suggestion above was evaluated)\n");
        return out.toString();
    }

    private static boolean isUndetermined(WhatIf.Result r, WhatIf.Goal g) {
        return "UNDETERMINED".equals(r.now().factors().get(g.factor()));
    }

    private static void factorLines(StringBuilder out, List<WhatIf.Goal> goals, int maxChanges) {
        for (WhatIf.Goal g : goals) {
            out.append("  ").append(g.factor()).append(" -> ").append(g.result().replace('_', ' ')).append(": ");
            out.append(g.reached() ? String.join("; ", g.suggestions().get(0).describe())
                    : "no set of " + maxChanges + " changes or fewer").append('\n');
        }
    }

    private static void suggestion(StringBuilder out, int n, WhatIf.Suggestion s) {
        String indent = "     ";
        for (int i = 0; i < s.changes().size(); i++) {
            Change c = s.changes().get(i);
            out.append(i == 0 ? "  " + n + ". " : indent).append(c.describe()).append('\n');
            for (WhatIf.Alternatives a : s.alternatives()) {
                if (a.factId().equals(c.factId())) {
                    out.append(indent).append("   ").append(a.field()).append(" may also be: ")
                            .append(a.spans().isEmpty() ? String.join(", ", a.values())
                                    : String.join(", ", a.spans()) + " (each of the " + a.values().size() + " dates tried there works)")
                            .append('\n');
                }
            }
        }
        out.append(indent).append("turns ");
        out.append(String.join(", ", s.turned().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0].replace('_', ' ') + " -> " + e.getValue()[1].replace('_', ' ')).toList()));
        out.append("; verdict ").append(s.outcome().verdict()).append('\n');
        out.append(indent).append("rules that now fire: ").append(list(s.firesNew())).append("; no longer fire: ")
                .append(list(s.stopsFiring())).append('\n');
        for (Fact f : s.overturns()) {
            out.append(indent).append("overturns recorded ").append(f.factKind()).append(" ").append(f.getId()).append(": ").append(f.getSummary()).append('\n');
        }
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    public static String json(WhatIf.Result r) {
        ObjectNode root = NODES.objectNode();
        root.put("case", r.facts().partnership().getId());
        root.put("verdict", r.now().verdict());
        ArrayNode possible = root.putArray("possibleVerdicts");
        r.now().possibleVerdicts().forEach(possible::add);
        ObjectNode factors = root.putObject("factors");
        r.now().factors().forEach(factors::put);
        ArrayNode targets = root.putArray("targets");
        for (WhatIf.Goal g : r.verdicts()) {
            ObjectNode t = targets.addObject();
            t.put("verdict", g.result());
            t.put("reached", g.reached());
            if (g.reached()) {
                t.put("changesNeeded", g.suggestions().get(0).size());
            }
            ArrayNode list = t.putArray("suggestions");
            g.suggestions().forEach(s -> list.add(suggestion(s)));
        }
        ArrayNode turns = root.putArray("factorTurns");
        for (WhatIf.Goal g : r.factors()) {
            ObjectNode t = turns.addObject();
            t.put("factor", g.factor());
            t.put("from", r.now().factors().get(g.factor()));
            t.put("to", g.result());
            t.put("reached", g.reached());
            if (g.reached()) {
                t.set("smallest", suggestion(g.suggestions().get(0)));
            }
        }
        ObjectNode stats = root.putObject("search");
        stats.put("singleChangesScreened", r.candidates());
        stats.put("kindsOfEffect", r.kinds());
        stats.put("wholeCaseEvaluations", r.evaluated());
        stats.put("screeningMillis", r.screeningMillis());
        stats.put("searchMillis", r.searchMillis());
        try {
            return ResultJson.WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode suggestion(WhatIf.Suggestion s) {
        ObjectNode n = NODES.objectNode();
        n.put("size", s.size());
        ArrayNode changes = n.putArray("changes");
        for (Change c : s.changes()) {
            ObjectNode ch = changes.addObject();
            ch.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
            ch.put("kind", c.kind().noun());
            ch.put("file", c.kind().fileName());
            if (c.targetId() != null) {
                ch.put("target", c.targetId());
            }
            if (c.json() != null) {
                ch.set("fact", c.json());
            }
            ch.put("text", c.describe());
            ArrayNode alt = ch.putArray("alternatives");
            for (WhatIf.Alternatives a : s.alternatives()) {
                if (a.factId().equals(c.factId())) {
                    ObjectNode an = alt.addObject();
                    an.put("field", a.field());
                    a.values().forEach(an.putArray("values")::add);
                    if (!a.spans().isEmpty()) {
                        a.spans().forEach(an.putArray("spans")::add);
                    }
                }
            }
        }
        ObjectNode turned = n.putObject("turns");
        for (Map.Entry<String, String[]> e : s.turned().entrySet()) {
            turned.putObject(e.getKey()).put("from", e.getValue()[0]).put("to", e.getValue()[1]);
        }
        n.put("verdict", s.outcome().verdict());
        s.firesNew().forEach(n.putArray("fires")::add);
        s.stopsFiring().forEach(n.putArray("noLongerFires")::add);
        ArrayNode over = n.putArray("overturns");
        s.overturns().forEach(f -> over.addObject().put("id", f.getId()).put("kind", f.factKind()).put("summary", f.getSummary()));
        n.put("verified", true);
        return n;
    }
}
