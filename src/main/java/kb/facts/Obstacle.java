package kb.facts;

/**
 * Something a study names as holding the partnership back: a budget cut, too few staff,
 * bureaucracy, a crisis (the 1997 monetary crisis, the pandemic). Each obstacle bears on one
 * factor and is shown under it in the explanation; no shipped rule decides on obstacles.
 */
public final class Obstacle extends Fact {
    public enum Kind { BUDGET, STAFF, BUREAUCRACY, CRISIS, LANGUAGE, POLITICAL_CHANGE, OTHER }

    private Kind kind;
    private String factor;
    private PartialDate date;

    public Kind getKind() {
        return kind;
    }

    /** The factor id (F1..F6) the obstacle bears on. */
    public String getFactor() {
        return factor;
    }

    /** When it held the partnership back; "unknown" when the source does not say. */
    public PartialDate getDate() {
        return date;
    }

    @Override
    public PartialDate shownDate() {
        return date;
    }

    @Override
    public String shownUnderFactor() {
        return factor;
    }
}
