package kb.framework;

/**
 * One verdict the verdict table may give, read from {@code rules/verdicts.json}: its id (what
 * a row of the table names) and one label per language.
 */
public final class VerdictDefinition {
    private String id;
    private Label label;

    /** The labels of a verdict: English and Indonesian. */
    public static final class Label {
        private String en;
        private String id;

        public String getEn() {
            return en;
        }

        /** Indonesian (language code id). */
        public String getId() {
            return id;
        }
    }

    public String getId() {
        return id;
    }

    public Label getLabel() {
        return label;
    }

    /** "NOT_OPTIMAL (tidak optimal)": the id with its Indonesian label, as tables print it. */
    @Override
    public String toString() {
        return id + (label == null || label.id == null ? "" : " (" + label.id + ")");
    }
}
