package kb.facts;

/** A driver that made the cooperation start (Kuznetsov's causes of paradiplomacy). */
public final class Cause extends Fact {
    public enum Kind {
        GLOBALIZATION, DEMOCRATIZATION, DOMESTICATION_OF_FOREIGN_POLICY, DECENTRALIZATION,
        NATION_BUILDING, ASYMMETRY, EXTERNAL_STIMULUS, REGIONAL_LEADERS, POLITICAL_PARTIES,
        REGIONALIZATION, CENTRAL_GOVERNMENT_INCAPACITY, BORDER_GEOGRAPHY, COMPLEMENTARITY
    }

    private Kind kind;

    public Kind getKind() {
        return kind;
    }
}
