package kb.facts;

/** Where evidence comes from: a citation and, where it has one, a URL. */
public final class Source {
    private String id;
    private String citation;
    private String url;

    public String getId() {
        return id;
    }

    public String getCitation() {
        return citation;
    }

    /** Null when the source has no address (a printed law, a thesis copy). */
    public String getUrl() {
        return url;
    }
}
