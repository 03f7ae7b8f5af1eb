package kb.facts;

/** A result attributed to the cooperation: investment, transfer of know-how, exchange. */
public final class Outcome extends Fact {
    public enum Kind {
        ECONOMIC_GAIN, KNOWLEDGE_TRANSFER, INVESTMENT, EDUCATION_EXCHANGE, CULTURAL_EXCHANGE,
        INSTITUTIONAL_LEARNING
    }

    private Kind kind;
    private PartialDate date;
    private boolean attributedToCooperation;

    public Kind getKind() {
        return kind;
    }

    public PartialDate getDate() {
        return date;
    }

    /** True when the source ties the outcome to this cooperation, not to something else. */
    public boolean isAttributedToCooperation() {
        return attributedToCooperation;
    }

    @Override
    public PartialDate shownDate() {
        return date;
    }
}
