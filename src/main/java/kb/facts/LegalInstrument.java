package kb.facts;

/**
 * A law or regulation that frames sub-national foreign cooperation, an instrument the
 * two sides signed (letter of intent, MoU, agreement), or the DPRD's approval of the plan.
 */
public final class LegalInstrument extends Fact {
    public enum Kind {
        LAW, GOVERNMENT_REGULATION, MINISTERIAL_REGULATION,
        LETTER_OF_INTENT, MEMORANDUM_OF_UNDERSTANDING, AGREEMENT,
        /**
         * The regional council (DPRD) approves the plan for the cooperation (UU 32/2004 Art. 42).
         * No shipped rule reads it; it is here so an analyst can write an indicator on it
         * without a rebuild (examples/f3-dprd-approval.drl).
         */
        DPRD_APPROVAL
    }

    private Kind kind;
    private String title;
    private boolean permitsSubnationalCooperation;
    private PartialDate inForceFrom;
    private PartialDate inForceUntil;
    private PartialDate signedOn;

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    /** True when the instrument lets a region cooperate with foreign local governments. */
    public boolean isPermitsSubnationalCooperation() {
        return permitsSubnationalCooperation;
    }

    public PartialDate getInForceFrom() {
        return inForceFrom;
    }

    /** Null while still in force. */
    public PartialDate getInForceUntil() {
        return inForceUntil;
    }

    /** The day the two sides signed; null for national law. */
    public PartialDate getSignedOn() {
        return signedOn;
    }

    @Override
    public String factKind() {
        return "legal-instrument";
    }
}
