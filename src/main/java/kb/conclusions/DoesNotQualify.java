package kb.conclusions;

/**
 * A fact was considered for an indicator and does not count. The reason is the name of
 * the rule that concluded it; several rules may give several reasons for the same fact.
 */
public final class DoesNotQualify extends Candidate {
    public DoesNotQualify(String indicator, String factId) {
        super(indicator, factId);
    }

    @Override
    public String toString() {
        return getFactId() + " does not count for " + getIndicator();
    }
}
