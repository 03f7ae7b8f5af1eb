package kb.conclusions;

/** The result of one of Kuznetsov's factors, concluded once per factor by {@code rules/decide.drl}. */
public record FactorResult(String factor, FactorStatus status) implements Conclusion {

    /** True only for MET; the verdict table's factor columns read it as {@code met}. */
    public boolean isMet() {
        return status == FactorStatus.MET;
    }

    @Override
    public String toString() {
        return factor + " " + status.text();
    }
}
