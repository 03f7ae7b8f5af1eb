package kb.facts;

/** What a fact rests on. Auditors must tell a documented event from a reading of the thesis. */
public enum Basis {
    /** An event or a document (a law, an MoU) reported by the cited sources. */
    DOCUMENTED,
    /** The thesis' own finding, not a documented event (e.g. "no results"). */
    THESIS_FINDING,
    /** Made up for tests and examples; never evidence about a real partnership. */
    HYPOTHETICAL
}
