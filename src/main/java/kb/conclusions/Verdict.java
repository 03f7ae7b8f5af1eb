package kb.conclusions;

/**
 * The overall capacity a row of the verdict table gives: a verdict id of
 * {@code rules/verdicts.json}, where its labels are kept (one per language).
 */
public record Verdict(String id) implements Conclusion {
    @Override
    public String toString() {
        return id;
    }
}
