package kb.conclusions;

/**
 * A fact counts towards an indicator (e.g. a realised joint activity towards I4.1), as many times
 * as {@code occurrences}: an activity that stands for several counts as many (Activity.occurrences),
 * so a count sums this field and needs no join with the fact itself.
 */
public record Qualifies(String indicator, String factId, int occurrences) implements Candidate {

    /** A fact that counts once. */
    public Qualifies(String indicator, String factId) {
        this(indicator, factId, 1);
    }

    @Override
    public String toString() {
        return factId + " counts for " + indicator;
    }
}
