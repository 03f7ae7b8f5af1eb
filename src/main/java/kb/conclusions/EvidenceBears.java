package kb.conclusions;

/**
 * Something in the case bears on a factor: a fact that rules it out, or a recorded, sourced
 * absence (a search that found nothing). Where it holds and the factor is not met, the factor
 * is NOT MET; where nothing bears on it, the factor is UNDETERMINED ({@code rules/decide.drl}).
 */
public record EvidenceBears(String factor) implements Conclusion {
    @Override
    public String toString() {
        return "evidence bears on " + factor;
    }
}
