package kb.facts;

/**
 * An instrument of the partnership itself: what the two sides signed (letter of intent, MoU,
 * agreement), or the DPRD's approval of the plan. National law is not listed in a case: it
 * lives in the law library shared by every case ({@link NationalLaw}, {@code facts/law/}).
 */
public final class LegalInstrument extends Fact {
    public enum Kind {
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
    private PartialDate inForceFrom;
    private PartialDate inForceUntil;
    private PartialDate signedOn;

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public PartialDate getInForceFrom() {
        return inForceFrom;
    }

    /** Null while still in force (an agreement not known to have ended is read as still in force). */
    public PartialDate getInForceUntil() {
        return inForceUntil;
    }

    /** The day the two sides signed; null for a DPRD approval. */
    public PartialDate getSignedOn() {
        return signedOn;
    }

    /** The signing day of what the two sides signed, else the day it took effect. */
    @Override
    public PartialDate shownDate() {
        return signedOn != null ? signedOn : inForceFrom;
    }
}
