package kb.framework;

/**
 * One of the factors the rules decide, read from {@code rules/factors.json}. Inserted so
 * that the tally waits until every factor has a result.
 */
public final class FactorDefinition {
    private String id;
    private String key;
    private String name;
    private String indonesian;
    private String question;

    public String getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getIndonesian() {
        return indonesian;
    }

    public String getQuestion() {
        return question;
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
