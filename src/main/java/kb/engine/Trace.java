package kb.engine;

/**
 * How much of the firing trail an evaluation keeps. Justifications (why each conclusion
 * holds) are read from truth maintenance in every mode: in FULL for every conclusion, in the
 * others for all but the per-fact classifications (Qualifies / DoesNotQualify), which only an
 * explanation or an audit needs and which a large case has one of per fact.
 */
public enum Trace {
    /** Every firing with its matched objects, insertions and retractions, and every justification: an audit or an explanation. */
    FULL,
    /** Firings counted per rule, so a runaway rule and a rule that threw can be named. */
    COUNTS,
    /**
     * No listener at all: the engine's own speed, the baseline the cost of provenance is
     * measured against. The rules that fired are not known and a failing rule is not named.
     */
    NONE
}
