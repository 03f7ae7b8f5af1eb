package kb.conclusions;

import java.util.Objects;

/**
 * A fact was considered for an indicator and does not count. The reason is the name of
 * the rule that concluded it; several rules may give several reasons for the same fact.
 */
public final class DoesNotQualify {
    private final String indicator;
    private final String factId;

    public DoesNotQualify(String indicator, String factId) {
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
        return o instanceof DoesNotQualify q && q.indicator.equals(indicator) && q.factId.equals(factId);
    }

    @Override
    public int hashCode() {
        return Objects.hash("DoesNotQualify", indicator, factId);
    }

    @Override
    public String toString() {
        return factId + " does not count for " + indicator;
    }
}
