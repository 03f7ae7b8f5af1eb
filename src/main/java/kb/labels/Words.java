package kb.labels;

import java.util.Comparator;
import kb.engine.RuleInfo;
import kb.framework.FactorDefinition;

/**
 * The labels in one language: what the table, the tree and the report print. English words
 * fall back to the text the rules and factors.json already hold, so {@code --lang en} reads as
 * before; Indonesian comes from labels.json, the verdicts' labels of verdicts.json,
 * factors.json's {@code indonesian} names and the rules' {@code @name_id} sentences.
 */
public final class Words {
    /** The rule metadata key holding a rule's sentence in Indonesian. */
    public static final String NAME_ID = "name_id";

    private final Labels labels;
    private final Lang lang;

    public Words(Labels labels, Lang lang) {
        this.labels = labels;
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    /** A result ({@code MET}, {@code NOT_MET}, {@code UNDETERMINED}) in words. */
    public String result(String status) {
        return or(labels.get("results", status, lang), status.replace('_', ' '));
    }

    /** A verdict ({@code NOT_OPTIMAL} ...) in words, as verdicts.json labels it. */
    public String verdict(String capacity) {
        return or(labels.verdict(capacity, lang), capacity);
    }

    public String heading(String key) {
        return or(labels.get("headings", key, lang), key);
    }

    public String indicator(String id) {
        return labels.get("indicators", id, lang);
    }

    public String factKind(String kind) {
        return or(labels.get("factKinds", kind, lang), kind);
    }

    /** A kind of legal instrument (LETTER_OF_INTENT ...) in words. */
    public String instrumentKind(String kind) {
        return or(labels.get("instrumentKinds", kind, lang), kind);
    }

    public String factorName(FactorDefinition f) {
        if (lang == Lang.ID && f.getIndonesian() != null) {
            String n = f.getIndonesian();
            return n.isEmpty() ? n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return f.getName();
    }

    /** The rule's sentence: its name, or in Indonesian its {@code @name_id} when it has one. */
    public String sentence(RuleInfo rule) {
        if (lang == Lang.ID) {
            String id = rule.metadata().get(NAME_ID);
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return rule.name();
    }

    /**
     * A phrase of the explanation tree in this language: every English phrase of the
     * {@code tree} section found in the text is replaced, longest first, so "did not count: none"
     * wins over "did not count:".
     */
    public String tree(String text) {
        if (lang == Lang.EN || labels.keys("tree").isEmpty()) {
            return text;
        }
        // One pass over the text, so a phrase already in Indonesian is never replaced again.
        java.util.regex.Matcher m = treePhrases().matcher(text);
        return m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(labels.get("tree", r.group(1), lang)));
    }

    private java.util.regex.Pattern treePhrases() {
        String alternatives = String.join("|", labels.keys("tree").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(java.util.regex.Pattern::quote).toList());
        // Whole words only: "holds" is not replaced inside "thresholds".
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
