package kb.facts;

/** The years under study, both inclusive (2013–2018 for Batam–Gimje). */
public final class Period {
    private int from;
    private int to;

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }

    public boolean contains(int year) {
        return from <= year && year <= to;
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
