package kb.facts;

/**
 * A statement of a study about one factor, kept so auditors see what a conclusion of
 * absence (no activity, no outcome) rests on. Rules do not need findings to decide.
 */
public final class Finding extends Fact {
    private String factor;

    /** The factor id (F1..F6) the finding is about. */
    public String getFactor() {
        return factor;
    }

    @Override
    public String shownUnderFactor() {
        return factor;
    }
}
