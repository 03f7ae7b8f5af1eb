package kb.facts;

/** Something the two sides did: a visit, a meeting, a signing, a joint programme. */
public final class Activity extends Fact {
    public enum Type {
        EXPLORATION_VISIT, MEETING, OFFICIAL_VISIT, SIGNING,
        JOINT_PROGRAMME, EXCHANGE, TRAINING, TRADE_MISSION, WORKING_DELEGATION
    }

    public enum Status { REALISED, PLANNED, CANCELLED }

    private PartialDate date;
    private PartialDate endDate;
    private Type type;
    private Status status;

    public PartialDate getDate() {
        return date;
    }

    /** Last day of a multi-day activity; null for a one-day activity. */
    public PartialDate getEndDate() {
        return endDate;
    }

    public Type getType() {
        return type;
    }

    /** The type's name, so rules can compare it with lists of names kept in parameters. */
    public String getTypeName() {
        return type.name();
    }

    public Status getStatus() {
        return status;
    }

    @Override
    public String factKind() {
        return "activity";
    }
}
