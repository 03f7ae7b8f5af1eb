package kb.conclusions;

/** How many factors are met, once every factor is MET or NOT MET: the input of the verdict table. */
public record FactorTally(int met, int total) implements Conclusion {

    /** For {@code accumulate( ...; count() )}, which gives a Long. */
    public FactorTally(Number met, Number total) {
        this(met.intValue(), total.intValue());
    }

    @Override
    public String toString() {
        return met + " of " + total + " factors met";
    }
}
