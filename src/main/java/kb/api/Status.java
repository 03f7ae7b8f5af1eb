package kb.api;

/** The result of one factor. */
public enum Status {
    /** Its indicators hold on the facts. */
    MET,
    /** They do not, and something in the case bears on it: a fact that rules it out, or a recorded absence. */
    NOT_MET,
    /** Nothing in the case bears on it: a study that did not look is not a finding that nothing is there. */
    UNDETERMINED
}
