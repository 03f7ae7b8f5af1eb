package kb.facts;

/** A local government taking part in the cooperation. */
public final class Party {
    /**
     * Indonesian levels (city, regency, province) and the partner levels studies report abroad:
     * a state (Western Australia), a prefecture (Osaka, Ehime), a district, a county, a
     * municipality, a region or voivodeship (Kujawsko-Pomorskie).
     */
    public enum Level { CITY, REGENCY, PROVINCE, STATE, PREFECTURE, DISTRICT, COUNTY, MUNICIPALITY, REGION }

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
