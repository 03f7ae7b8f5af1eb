package kb.conclusions;

import java.util.Objects;

/**
 * A fact classified for one indicator. The two kinds ({@link Qualifies}, {@link DoesNotQualify})
 * differ only in meaning; equality includes the kind, so logical insertions of the same
 * classification by several rules merge into one conclusion with several justifications.
 */
public abstract class Candidate {
    private final String indicator;
    private final String factId;

    protected Candidate(String indicator, String factId) {
        this.indicator = indicator;
        this.factId = factId;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getFactId() {
        return factId;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((Candidate) o).indicator.equals(indicator)
                && ((Candidate) o).factId.equals(factId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getSimpleName(), indicator, factId);
    }
}
