package kb.facts;

/** An act or finding about how the central government treats the cooperation. */
public final class CentralGovernmentStance extends Fact {
    public enum Stance { SUPPORTIVE, APPROVING, NEUTRAL, RESTRICTIVE }

    private Stance stance;
    private PartialDate date;

    public Stance getStance() {
        return stance;
    }

    /** Null when the source gives no date (e.g. a finding about the whole period). */
    public PartialDate getDate() {
        return date;
    }

    @Override
    public PartialDate shownDate() {
        return date;
    }
}
