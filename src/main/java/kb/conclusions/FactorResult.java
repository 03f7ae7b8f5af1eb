package kb.conclusions;

import java.util.Objects;

/** Whether one of Kuznetsov's factors is met. */
public final class FactorResult {
    private final String factor;
    private final boolean met;

    private FactorResult(String factor, boolean met) {
        this.factor = factor;
        this.met = met;
    }

    public static FactorResult met(String factor) {
        return new FactorResult(factor, true);
    }

    public static FactorResult notMet(String factor) {
        return new FactorResult(factor, false);
    }

    public String getFactor() {
        return factor;
    }

    public boolean isMet() {
        return met;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorResult r && r.factor.equals(factor) && r.met == met;
    }

    @Override
    public int hashCode() {
        return Objects.hash("FactorResult", factor, met);
    }

    @Override
    public String toString() {
        return factor + (met ? " met" : " not met");
    }
}
