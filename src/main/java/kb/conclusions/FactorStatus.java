package kb.conclusions;

/** The three results of a factor; the names are part of the JSON output contract. */
public enum FactorStatus {
    /** The indicators hold on the facts. */
    MET,
    /** Facts rule it out, or the case records a sourced absence. */
    NOT_MET,
    /** Nothing in the case bears on it. */
    UNDETERMINED;

    /** "MET", "NOT MET", "UNDETERMINED": how tables and trees print it. */
    public String text() {
        return name().replace('_', ' ');
    }
}
