package kb.facts;

/**
 * A recorded, sourced absence: the sources were searched for what an indicator needs and
 * nothing was found (e.g. "public sources for 2013-2018 were searched; no joint activity was
 * found"). It is the closed-world assumption made explicit: a factor's rules may read it as
 * evidence that the factor is not met, and without one a factor nothing bears on stays
 * undetermined. {@code searched} is the period the search covered (years, inclusive), for
 * indicators that depend on the period under study.
 */
public final class Absence extends Fact {
    private String factor;
    private String indicator;
    private Period searched;

    /** The factor id (F1..F6) whose indicator was looked for. */
    public String getFactor() {
        return factor;
    }

    /** The indicator id (e.g. I4.1) whose evidence was looked for and not found. */
    public String getIndicator() {
        return indicator;
    }

    /** The years searched, both inclusive; null when the search was not bounded in time. */
    public Period getSearched() {
        return searched;
    }

    /** True when the search covered every year of {@code period}. */
    public boolean covers(Period period) {
        return searched != null && period != null && searched.getFrom() <= period.getFrom()
                && searched.getTo() >= period.getTo();
    }
}
