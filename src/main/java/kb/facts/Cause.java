package kb.facts;

/** A driver that made the cooperation start (Kuznetsov's causes of paradiplomacy). */
public final class Cause extends Fact {
    public enum Kind {
        GLOBALIZATION, DEMOCRATIZATION, DOMESTICATION_OF_FOREIGN_POLICY, DECENTRALIZATION,
        NATION_BUILDING, ASYMMETRY, EXTERNAL_STIMULUS, REGIONAL_LEADERS, POLITICAL_PARTIES,
        REGIONALIZATION, CENTRAL_GOVERNMENT_INCAPACITY, BORDER_GEOGRAPHY, COMPLEMENTARITY,
        /** Shared culture, history or characteristics (Permendagri 3/2008 and SE Mendagri 193/1652/PUOD criteria; the studies of Medan-Penang, Bandung-Suwon, Semarang-Beihai). */
        SIMILARITY
    }

    private Kind kind;

    public Kind getKind() {
        return kind;
    }
}
