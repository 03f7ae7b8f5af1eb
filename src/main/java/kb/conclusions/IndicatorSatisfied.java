package kb.conclusions;

/** An indicator of a factor holds for the case (e.g. I3.2: a formal agreement was signed). */
public record IndicatorSatisfied(String factor, String indicator) implements Conclusion {
    @Override
    public String toString() {
        return indicator + " holds";
    }
}
