package kb.conclusions;

import java.util.Objects;

/** How many factors are met, once every factor is decided: the input of the verdict table. */
public final class FactorTally {
    private final int met;
    private final int total;

    public FactorTally(int met, int total) {
        this.met = met;
        this.total = total;
    }

    public FactorTally(Number met, Number total) {
        this(met.intValue(), total.intValue());
    }

    public int getMet() {
        return met;
    }

    public int getTotal() {
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorTally t && t.met == met && t.total == total;
    }

    @Override
    public int hashCode() {
        return Objects.hash("FactorTally", met, total);
    }

    @Override
    public String toString() {
        return met + " of " + total + " factors met";
    }
}
