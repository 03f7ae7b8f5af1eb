package kb.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kb.facts.Source;
import kb.report.ResultJson;

/** The explanation tree as JSON: the same nodes as the text, with rules and facts as objects. */
public final class TreeJson {
    private TreeJson() {
    }

    public static ObjectNode of(Node n) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kind", n.kind());
        o.put("text", n.text());
        if (n.rule() != null) {
            o.set("rule", ResultJson.rule(n.rule()));
        }
        if (n.fact() != null) {
            FactRef f = n.fact();
            ObjectNode fact = o.putObject("fact");
            fact.put("id", f.id());
            fact.put("kind", f.kind());
            fact.put("date", f.date());
            fact.put("summary", f.summary());
            fact.put("basis", f.basis() == null ? null : f.basis().name());
            ArrayNode sources = fact.putArray("sources");
            for (FactRef.Cited c : f.cited()) {
                Source s = c.source();
                ObjectNode src = sources.addObject().put("id", s.getId()).put("citation", s.getCitation()).put("url", s.getUrl());
                if (s.getNoUrl() != null) {
                    src.put("noUrl", s.getNoUrl());
                }
                if (c.quote() != null) {
                    src.put("quote", c.quote());
                    src.put("gloss", c.gloss());
                }
            }
        }
        if (!n.children().isEmpty()) {
            ArrayNode children = o.putArray("children");
            n.children().forEach(c -> children.add(of(c)));
        }
        return o;
    }
}
