package kb.labels;

import java.util.List;
import kb.explain.FactRef;
import kb.explain.Node;
import kb.facts.Basis;
import kb.framework.FactorDefinition;

/**
 * A line of the explanation tree in the chosen language. The tree is built once, in English,
 * by the Explainer; this reads each node's kind, rule and fact to say it again: rule sentences
 * from {@code @name_id}, factor names from factors.json, results and phrases from labels.json.
 * Fact summaries are the analysts' own text and stay as written.
 */
public final class NodeWords {
    private final Words words;
    private final List<FactorDefinition> factors;

    public NodeWords(Words words, List<FactorDefinition> factors) {
        this.words = words;
        this.factors = factors;
    }

    public Words words() {
        return words;
    }

    /** The node's own text, without its rule. */
    public String text(Node n) {
        return switch (n.kind()) {
            case "fact" -> n.fact() == null ? words.tree(n.text()) : fact(n.fact());
            case "factor" -> factorLine(n.text());
            case "reference" -> reference(n.text());
            case "verdict" -> verdict(n.text());
            // A citation is quoted as the source gives it.
            case "source" -> n.text();
            default -> words.tree(n.text());
        };
    }

    /** The whole line as {@code kb explain} prints it: text, then the rule's id, sentence and file:line. */
    public String line(Node n) {
        if (n.rule() == null) {
            return text(n);
        }
        return text(n) + " " + n.rule().id() + " \"" + words.sentence(n.rule()) + "\" (" + n.rule().location() + ")";
    }

    /** "activity A-1, 2013-08-17: summary (rests on ...)" with the kind and the basis note in this language. */
    public String factHead(FactRef f) {
        StringBuilder b = new StringBuilder(words.factKind(f.kind())).append(' ').append(f.id());
        if (f.date() != null) {
            b.append(", ").append(f.date());
        }
        return b.append(": ").append(factBody(f)).toString();
    }

    /** The summary, and what the fact rests on when it is not a documented event. */
    public String factBody(FactRef f) {
        if (f.basis() == Basis.THESIS_FINDING) {
            return f.summary() + " (" + words.tree("rests on the thesis' finding, not a documented event") + ")";
        } else if (f.basis() == Basis.HYPOTHETICAL) {
            return f.summary() + " (" + words.tree("hypothetical") + ")";
        }
        return f.summary();
    }

    private String fact(FactRef f) {
        return factHead(f) + " [" + String.join(", ", f.sources().stream().map(s -> s.getId()).toList()) + "]";
    }

    /** "F4 Implementation (penerapan paradiplomasi): NOT MET" */
    private String factorLine(String text) {
        int colon = text.lastIndexOf(": ");
        FactorDefinition f = factor(text.split(" ", 2)[0]);
        if (f == null || colon < 0) {
            return words.tree(text);
        }
        String status = text.substring(colon + 2).trim().replace(' ', '_');
        String name = words.lang() == Lang.EN ? f.getName() + " (" + f.getIndonesian() + ")" : words.factorName(f);
        return f.getId() + " " + name + ": " + words.result(status);
    }

    /** "F4 NOT MET (explained below)" */
    private String reference(String text) {
        String suffix = " (explained below)";
        String[] parts = text.split(" ", 2);
        if (!text.endsWith(suffix) || parts.length < 2 || factor(parts[0]) == null) {
            return words.tree(text);
        }
        String status = parts[1].substring(0, parts[1].length() - suffix.length()).trim().replace(' ', '_');
        return parts[0] + " " + words.result(status) + " " + words.tree("(explained below)");
    }

    /** "Verdict: NOT_OPTIMAL (tidak optimal)" */
    private String verdict(String text) {
        String prefix = "Verdict: ";
        if (!text.startsWith(prefix) || text.startsWith(prefix + "none")) {
            return words.tree(text);
        }
        String capacity = text.substring(prefix.length()).split(" ", 2)[0];
        return words.tree("Verdict:") + " " + words.verdict(capacity) + " (" + capacity + ")";
    }

    private FactorDefinition factor(String id) {
        return factors.stream().filter(f -> f.getId().equals(id)).findFirst().orElse(null);
    }
}
