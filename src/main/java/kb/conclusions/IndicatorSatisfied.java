package kb.conclusions;

import java.util.Objects;

/** An indicator of a factor holds for the case (e.g. I3.2: a formal agreement was signed). */
public final class IndicatorSatisfied {
    private final String factor;
    private final String indicator;

    public IndicatorSatisfied(String factor, String indicator) {
        this.factor = factor;
        this.indicator = indicator;
    }

    public String getFactor() {
        return factor;
    }

    public String getIndicator() {
        return indicator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorSatisfied i && i.factor.equals(factor) && i.indicator.equals(indicator);
    }

    @Override
    public int hashCode() {
        return Objects.hash("IndicatorSatisfied", factor, indicator);
    }

    @Override
    public String toString() {
        return indicator + " holds";
    }
}
