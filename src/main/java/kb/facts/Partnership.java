package kb.facts;

import java.util.List;

/** The case under study: who cooperates with whom, over which period, on what sources. */
public final class Partnership {
    private String id;
    private String title;
    private boolean hypothetical;
    private Party localGovernment;
    private Party partner;
    private Period period;
    private List<String> sources = List.of();
    private String note;

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** True for made-up cases used in tests and examples. */
    public boolean isHypothetical() {
        return hypothetical;
    }

    public Party getLocalGovernment() {
        return localGovernment;
    }

    public Party getPartner() {
        return partner;
    }

    public Period getPeriod() {
        return period;
    }

    public List<String> getSources() {
        return sources;
    }

    public String getNote() {
        return note;
    }
}
