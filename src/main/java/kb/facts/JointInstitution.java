package kb.facts;

/**
 * A body the two sides set up to carry the partnership: a joint committee, an implementing
 * foundation, a working group. Kuznetsov (2015) calls this institutionalisation. The date it
 * was set up is kept at its source's precision, and may be "unknown" (a study that says a
 * committee exists without saying when it was formed).
 *
 * <p>No shipped rule counts it for F4 yet (F4 counts realised joint activities); the
 * explanation shows every joint institution under F4, so an analyst sees it and can write a
 * rule on it without a rebuild.
 */
public final class JointInstitution extends Fact {
    public enum Kind { JOINT_COMMITTEE, IMPLEMENTING_FOUNDATION, WORKING_GROUP, LIAISON_OFFICE, OTHER }

    public enum Status { ACTIVE, INACTIVE, UNKNOWN }

    private Kind kind;
    private PartialDate established;
    private Status status;

    public Kind getKind() {
        return kind;
    }

    /** When it was set up; "unknown" when the source does not say. */
    public PartialDate getEstablished() {
        return established;
    }

    public Status getStatus() {
        return status;
    }

    @Override
    public PartialDate shownDate() {
        return established;
    }

    /** Institutionalisation is part of implementation. */
    @Override
    public String shownUnderFactor() {
        return "F4";
    }
}
