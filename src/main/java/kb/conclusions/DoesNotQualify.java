package kb.conclusions;

/**
 * A fact was considered for an indicator and does not count. The reason is the name of
 * the rule that concluded it; several rules may give several reasons for the same fact.
 */
public record DoesNotQualify(String indicator, String factId) implements Candidate {
    @Override
    public String toString() {
        return factId + " does not count for " + indicator;
    }
}
