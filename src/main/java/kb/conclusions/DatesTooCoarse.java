package kb.conclusions;

/**
 * A fact was considered for an indicator, but its date (or the date it is compared with) is
 * too coarse to order: an activity of "1988" against an agreement of "1988". The fact
 * neither counts nor is rejected; the rule that concluded this says which comparison the
 * precision could not decide, and the explanation shows it.
 */
public record DatesTooCoarse(String indicator, String factId) implements Candidate {
    @Override
    public String toString() {
        return factId + " cannot be judged for " + indicator + ": the dates are too coarse to order";
    }
}
