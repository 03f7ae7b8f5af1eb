package kb.conclusions;

import java.util.Objects;

/** A fact counts towards an indicator (e.g. a realised joint activity towards I4.1). */
public final class Qualifies {
    private final String indicator;
    private final String factId;

    public Qualifies(String indicator, String factId) {
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
        return o instanceof Qualifies q && q.indicator.equals(indicator) && q.factId.equals(factId);
    }

    @Override
    public int hashCode() {
        return Objects.hash("Qualifies", indicator, factId);
    }

    @Override
    public String toString() {
        return factId + " counts for " + indicator;
    }
}
