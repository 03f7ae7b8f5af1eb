package kb.engine;

/**
 * How much of the firing trail an evaluation keeps. Justifications (why each conclusion
 * holds) are read from truth maintenance in every mode; only the chronological trail differs.
 */
public enum Trace {
    /** Every firing with its matched objects, insertions and retractions: an audit record. */
    FULL,
    /** Firings counted per rule, so a runaway rule and a rule that threw can be named. */
    COUNTS,
    /**
     * No listener at all: the engine's own speed, the baseline the cost of provenance is
     * measured against. The rules that fired are not known and a failing rule is not named.
     */
    NONE
}
