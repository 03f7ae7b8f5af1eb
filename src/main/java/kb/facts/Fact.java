package kb.facts;

import java.util.List;

/**
 * What every piece of evidence has: an id, a one-line summary, what it rests on and
 * the ids of its sources. Fields are set by Jackson; there are no setters, so rules
 * cannot change evidence.
 */
public abstract class Fact {
    private String id;
    private String summary;
    private Basis basis;
    private List<String> sources = List.of();
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

    public List<String> getSources() {
        return sources;
    }

    /** Free text for caveats, e.g. a conflict between two sources. */
    public String getNote() {
        return note;
    }

    /** The kind of fact as named in files and explanations ("activity", "motive", ...). */
    public abstract String factKind();

    @Override
    public String toString() {
        return factKind() + " " + id;
    }
}
