package kb.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.engine.RuleInfo;
import kb.engine.VerdictOutcome;
import kb.facts.Partnership;

/**
 * The result as JSON for tools. Field order is fixed and lists are sorted, so the same
 * inputs always give the same bytes.
 */
public final class ResultJson {
    public static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultJson() {
    }

    public static ObjectNode of(Evaluation e) {
        Partnership p = e.facts().partnership();
        ObjectNode root = NODES.objectNode();
        root.put("case", p.getId());
        root.put("title", p.getTitle());
        root.put("hypothetical", p.isHypothetical());
        root.put("period", p.getPeriod().getFrom() + "-" + p.getPeriod().getTo());
        VerdictOutcome v = e.verdict();
        root.put("verdict", v.id());
        root.put("verdictLabel", v.label());
        ObjectNode labels = root.putObject("verdictLabels");
        if (v.definition() != null && v.definition().getLabel() != null) {
            labels.put("en", v.definition().getLabel().getEn());
            labels.put("id", v.definition().getLabel().getId());
        }
        ArrayNode possible = root.putArray("possibleVerdicts");
        v.possible().forEach(d -> possible.add(d.getId()));
        root.set("verdictRule", rule(v.row()));
        if (!v.completions().isEmpty()) {
            // How each way the undetermined factors could come out reads in the verdict table.
            ArrayNode completions = root.putArray("verdictIfUndeterminedFactors");
            for (VerdictOutcome.Completion c : v.completions()) {
                ObjectNode n = completions.addObject();
                ObjectNode assumed = n.putObject("assumed");
                c.assumed().forEach((f, st) -> assumed.put(f, st.name()));
                n.put("verdict", c.verdict().getId());
                n.set("rule", rule(c.row()));
            }
        }
        root.put("factorsMet", e.factors().stream().filter(FactorOutcome::met).count());
        ArrayNode factors = root.putArray("factors");
        for (FactorOutcome f : e.factors()) {
            ObjectNode n = factors.addObject();
            n.put("id", f.factor().getId());
            n.put("name", f.factor().getName());
            n.put("indonesian", f.factor().getIndonesian());
            n.put("status", f.status().name());
            n.put("met", f.met());
            n.put("reason", f.reason());
            n.set("rule", rule(f.reasonRule()));
            n.set("decidedBy", rule(f.decidedBy()));
            ArrayNode indicators = n.putArray("indicators");
            f.indicators().forEach(i -> indicators.addObject().put("id", i.id()).put("satisfied", i.satisfied()));
        }
        ArrayNode fired = root.putArray("firedRules");
        e.firedRules().stream().sorted().forEach(fired::add);
        return root;
    }

    public static ObjectNode rule(RuleInfo r) {
        if (r == null) {
            return null;
        }
        ObjectNode n = NODES.objectNode();
        n.put("id", r.id());
        n.put("name", r.name());
        n.put("location", r.location());
        return n;
    }
}
