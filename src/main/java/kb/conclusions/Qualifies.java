package kb.conclusions;

/** A fact counts towards an indicator (e.g. a realised joint activity towards I4.1). */
public record Qualifies(String indicator, String factId) implements Candidate {
    @Override
    public String toString() {
        return factId + " counts for " + indicator;
    }
}
