package kb.conclusions;

import java.util.Objects;

/** The overall capacity with its Indonesian label, both taken from the verdict table. */
public final class Verdict {
    private final Capacity capacity;
    private final String label;

    public Verdict(Capacity capacity, String label) {
        this.capacity = capacity;
        this.label = label;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && v.capacity == capacity && v.label.equals(label);
    }

    @Override
    public int hashCode() {
        return Objects.hash("Verdict", capacity, label);
    }

    @Override
    public String toString() {
        return capacity + " (" + label + ")";
    }
}
