package kb.conclusions;

/**
 * A factor's own file says its condition holds (e.g. F1.M: an early contact and a cause).
 * Only {@code rules/decide.drl} turns it into a {@link FactorResult}.
 */
public record FactorMet(String factor) implements Conclusion {
    @Override
    public String toString() {
        return factor + " condition holds";
    }
}
