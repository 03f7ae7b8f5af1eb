package kb.facts;

/** Where evidence comes from: a citation and, where it has one, a URL. */
public final class Source {
    private String id;
    private String citation;
    private String url;
    private String noUrl;

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

    /** Why there is no URL (a thesis not found online); null when the source has one or does not say. */
    public String getNoUrl() {
        return noUrl;
    }
}
