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
    private List<SourceRef> sources = List.of();
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

    /** The ids of the case's own sources. */
    public List<String> getSources() {
        return sources.stream().map(SourceRef::getId).toList();
    }

    /** A copy of this case judged over another period (the {@code --period} option); the facts stay as they are. */
    public Partnership withPeriod(Period other) {
        Partnership p = new Partnership();
        p.id = id;
        p.title = title;
        p.hypothetical = hypothetical;
        p.localGovernment = localGovernment;
        p.partner = partner;
        p.period = other;
        p.sources = sources;
        p.note = note;
        return p;
    }

    public String getNote() {
        return note;
    }
}
