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
    private Integer count;
    private boolean several;

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

    /** How many activities this one stands for when the source reports them together ("12 programmes in 2015"); null when it is one, or when the number is not given. */
    public Integer getCount() {
        return count;
    }

    /** True when the source reports several activities without a number ("many programmes in 2014-2018"). */
    public boolean isSeveral() {
        return several;
    }

    /**
     * How many activities this fact stands for at least, for counts in rules: its {@code count},
     * else 2 when it stands for several without a number (several is at least two), else 1.
     */
    @Override
    public int getOccurrences() {
        return count != null ? count : several ? 2 : 1;
    }

    @Override
    public PartialDate shownDate() {
        return date;
    }
}
