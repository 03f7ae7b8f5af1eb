package kb.explain;

import java.util.ArrayList;
import java.util.List;
import kb.engine.RuleInfo;

/**
 * One line of an explanation tree: what it is ({@code kind}), its text, the rule it names
 * (if any), the fact it shows (if any), and what it rests on.
 */
public record Node(String kind, String text, RuleInfo rule, FactRef fact, List<Node> children) {

    public static Node of(String kind, String text) {
        return new Node(kind, text, null, null, new ArrayList<>());
    }

    public static Node rule(String kind, String text, RuleInfo rule) {
        return new Node(kind, text, rule, null, new ArrayList<>());
    }

    /** A fact's line, with one line under it for each passage of a source it rests on. */
    public static Node fact(FactRef fact) {
        Node n = new Node("fact", fact.line(), null, fact, new ArrayList<>());
        for (FactRef.Cited c : fact.cited()) {
            if (c.quote() != null) {
                n.add(of("quote", c.source().getId() + ": \u201c" + c.quote() + "\u201d"
                        + (c.gloss() == null ? "" : " (" + c.gloss() + ")")));
            }
        }
        return n;
    }

    public Node add(Node child) {
        children.add(child);
        return this;
    }
}
