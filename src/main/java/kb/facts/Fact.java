package kb.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What every piece of evidence has: an id, a one-line summary, what it rests on and
 * its sources, each with the passage it rests on where one is recorded. Fields are set by
 * Jackson; there are no setters, so rules cannot change evidence.
 */
public abstract class Fact {
    private String id;
    private String summary;
    private Basis basis;
    private List<SourceRef> sources = List.of();
    private String note;

    public String getId() {
        return id;
    }

    public String getSummary() {
        return summary;
    }

    public Basis getBasis() {
        return basis;
    }

    /** The ids of its sources, in file order. */
    public List<String> getSources() {
        List<String> ids = new ArrayList<>(sources.size());
        sources.forEach(r -> ids.add(r.getId()));
        return java.util.Collections.unmodifiableList(ids);
    }

    /** Its sources with the passages (quote, gloss) the fact rests on, where recorded. */
    public List<SourceRef> getSourceRefs() {
        return sources;
    }

    /** Free text for caveats, e.g. a conflict between two sources. */
    public String getNote() {
        return note;
    }

    /** The kind of fact as named in files and explanations ("activity", "motive", ...): its registry entry's noun. */
    public final String factKind() {
        return FactFileKind.of(getClass()).noun();
    }

    /** How many events this fact stands for (an activity may stand for several); 1 for most facts. */
    public int getOccurrences() {
        return 1;
    }

    /** The date an explanation shows beside the fact; null for facts without one (a motive, a cause). */
    public PartialDate shownDate() {
        return null;
    }

    /** The factor whose explanation lists this fact as context (a finding, an obstacle); null for facts the rules classify. */
    public String shownUnderFactor() {
        return null;
    }

    @Override
    public String toString() {
        return factKind() + " " + id;
    }
}
