package kb.facts;

/** A local government taking part in the cooperation. */
public final class Party {
    public enum Level { CITY, REGENCY, PROVINCE }

    private String id;
    private String name;
    private Level level;
    private String country;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    public String getCountry() {
        return country;
    }
}
