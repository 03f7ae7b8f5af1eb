package kb.conclusions;

/**
 * A fact was considered for an indicator, but its date (or the date it is compared with) is
 * too coarse to order: an activity of "1988" against an agreement of "1988". The fact
 * neither counts nor is rejected; the rule that concluded this says which comparison the
 * precision could not decide, and the explanation shows it.
 */
public final class DatesTooCoarse extends Candidate {
    public DatesTooCoarse(String indicator, String factId) {
        super(indicator, factId);
    }

    @Override
    public String toString() {
        return getFactId() + " cannot be judged for " + getIndicator() + ": the dates are too coarse to order";
    }
}
