package kb.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years under study, both inclusive (2013–2018 for Batam–Gimje). */
public final class Period {
    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})");

    private int from;
    private int to;

    /** For Jackson. */
    private Period() {
    }

    private Period(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /**
     * "2003-2013" as given to {@code --period}: two four-digit years, the first not after the second.
     *
     * @throws IllegalArgumentException with a message that says what is allowed
     */
    public static Period parse(String text) {
        Matcher m = text == null ? null : SPAN.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period; use FROM-TO with two years, e.g. 2014-2018");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to < from || from < 1) {
            throw new IllegalArgumentException("'" + text + "' ends before it starts; use FROM-TO with FROM <= TO, e.g. 2014-2018");
        }
        return new Period(from, to);
    }

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
