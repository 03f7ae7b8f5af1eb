package kb.facts;

/** What one side wants from the cooperation (Kuznetsov's motives). */
public final class Motive extends Fact {
    public enum Kind { ECONOMIC, CULTURAL, POLITICAL, CROSS_BORDER_HOUSEKEEPING }

    private Side side;
    private Kind kind;

    public Side getSide() {
        return side;
    }

    public Kind getKind() {
        return kind;
    }
}
