package kb.conclusions;

/** A fact counts towards an indicator (e.g. a realised joint activity towards I4.1). */
public final class Qualifies extends Candidate {
    public Qualifies(String indicator, String factId) {
        super(indicator, factId);
    }

    @Override
    public String toString() {
        return getFactId() + " counts for " + getIndicator();
    }
}
