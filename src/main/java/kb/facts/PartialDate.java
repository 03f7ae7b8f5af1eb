package kb.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A date kept at the precision its source gives: a day ("2013-08-17"), a month ("2011-07"),
 * a year ("1988"), or unknown ("unknown"), optionally bounded ("2014/2018": some time
 * between 2014 and 2018; "../2018", "2014/.." open on one side). Sources often give only a
 * year (the 2012 mayoral visit), or no date at all (a joint committee set up "later").
 *
 * <p>A date is the set of days it can mean, from {@link #earliest()} to {@link #latest()}.
 * Comparisons are three-valued: {@code certainlyBefore} holds when every day this date can
 * mean is before every day the other can mean; when neither {@code certainlyBefore} nor
 * {@code certainlyOnOrAfter} holds, the precision cannot order the two ("1988" against
 * "1988", or "1988-06" against "1988"), and a rule must neither count nor reject the fact.
 * The methods are named so a rule reads as a sentence: {@code date.certainlyAfter($signed)},
 * {@code date.certainlyWithin(period)}, {@code date.possiblyWithin(period)}.
 */
public final class PartialDate implements Comparable<PartialDate> {
    /** One known date: YYYY, YYYY-MM or YYYY-MM-DD, in ASCII digits. */
    private static final String KNOWN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    /** Every shape a file may use; the same as the schema's {@code partialDate}. */
    private static final Pattern SHAPE = Pattern.compile("unknown|" + KNOWN + "|(" + KNOWN + "|\\.\\.)/(" + KNOWN + "|\\.\\.)");
    /**
     * {@link #SHAPE} matched against the whole text, searched by {@link SmallRegex#searcher} (no
     * regex engine): every date of every case is bound through {@link #parse}, where the regex
     * engine cost a fifteenth of reading a case (JFR).
     */
    private static final Predicate<String> WHOLE_SHAPE = SmallRegex.searcher(Pattern.compile("^(?:" + SHAPE.pattern() + ")\\z"));
    private static final String ALLOWED = "use YYYY, YYYY-MM, YYYY-MM-DD, \"unknown\" or a range FROM/TO "
            + "(e.g. 2014/2018; \"..\" for an open end)";

    /** How precisely a date is known. */
    public enum Precision { DAY, MONTH, YEAR, UNKNOWN }

    private static final LocalDate NO_EARLIER = LocalDate.of(1, 1, 1);
    private static final LocalDate NO_LATER = LocalDate.of(9999, 12, 31);
    public static final PartialDate UNKNOWN = new PartialDate("unknown", Precision.UNKNOWN, NO_EARLIER, NO_LATER);

    private final String text;
    private final Precision precision;
    private final LocalDate earliest;
    private final LocalDate latest;

    private PartialDate(String text, Precision precision, LocalDate earliest, LocalDate latest) {
        this.text = text;
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
    }

    /** True when {@code text} has one of the shapes a date may have (it may still be off the calendar, as 2013-02-30). */
    public static boolean hasShape(String text) {
        return WHOLE_SHAPE.test(text);
    }

    /** The shapes a date may have, as a regular expression (for a test to hold {@link #hasShape} to it). */
    static Pattern shape() {
        return SHAPE;
    }

    @JsonCreator
    public static PartialDate parse(String text) {
        if (text == null || !hasShape(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a date; " + ALLOWED);
        }
        if (text.equals("unknown")) {
            return UNKNOWN;
        }
        try {
            int slash = text.indexOf('/');
            if (slash < 0) {
                return known(text);
            }
            String from = text.substring(0, slash);
            String to = text.substring(slash + 1);
            LocalDate earliest = from.equals("..") ? NO_EARLIER : known(from).earliest;
            LocalDate latest = to.equals("..") ? NO_LATER : known(to).latest;
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("'" + text + "' ends before it starts; " + ALLOWED);
            }
            return new PartialDate(text, Precision.UNKNOWN, earliest, latest);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date; " + ALLOWED);
        }
    }

    private static PartialDate known(String text) {
        if (text.startsWith("0000")) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date: years start at 0001");
        }
        // SHAPE has matched: digits where the numbers are. The java.time factories refuse a month or a day off the calendar.
        int year = digits(text, 0, 4);
        return switch (text.length()) {
            case 4 -> new PartialDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case 7 -> {
                YearMonth month = YearMonth.of(year, digits(text, 5, 7));
                yield new PartialDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            default -> {
                LocalDate day = LocalDate.of(year, digits(text, 5, 7), digits(text, 8, 10));
                yield new PartialDate(text, Precision.DAY, day, day);
            }
        };
    }

    /** The number written with the ASCII digits of {@code text} from {@code from} to {@code to}. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    public Precision getPrecision() {
        return precision;
    }

    /** True when the source gives at least the year. */
    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /** True when both ends are known (a year, month, day or a closed range), so it can be placed on a time line. */
    public boolean isBounded() {
        return !earliest.equals(NO_EARLIER) && !latest.equals(NO_LATER);
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        return latest;
    }

    /** Every day this date can mean is before every day {@code other} can mean. */
    public boolean certainlyBefore(PartialDate other) {
        return latest.isBefore(other.earliest);
    }

    /** Every day this date can mean is after every day {@code other} can mean. */
    public boolean certainlyAfter(PartialDate other) {
        return earliest.isAfter(other.latest);
    }

    /** No day this date can mean is after any day {@code other} can mean. */
    public boolean certainlyOnOrBefore(PartialDate other) {
        return !latest.isAfter(other.earliest);
    }

    /** No day this date can mean is before any day {@code other} can mean. */
    public boolean certainlyOnOrAfter(PartialDate other) {
        return !earliest.isBefore(other.latest);
    }

    /** Some day this date can mean is before some day {@code other} can mean. */
    public boolean possiblyBefore(PartialDate other) {
        return !certainlyOnOrAfter(other);
    }

    /** Some day this date can mean is after some day {@code other} can mean. */
    public boolean possiblyAfter(PartialDate other) {
        return !certainlyOnOrBefore(other);
    }

    /** The precision cannot tell whether this date is before, on or after {@code other}. */
    public boolean unorderedWith(PartialDate other) {
        boolean sameSingleDay = earliest.equals(latest) && other.earliest.equals(other.latest) && earliest.equals(other.earliest);
        return !certainlyBefore(other) && !certainlyAfter(other) && !sameSingleDay;
    }

    /** Every day this date can mean lies inside the period's years. */
    public boolean certainlyWithin(Period period) {
        return earliest.getYear() >= period.getFrom() && latest.getYear() <= period.getTo();
    }

    /** Some day this date can mean lies inside the period's years. */
    public boolean possiblyWithin(Period period) {
        return latest.getYear() >= period.getFrom() && earliest.getYear() <= period.getTo();
    }

    /** No day this date can mean lies inside the period's years. */
    public boolean certainlyOutside(Period period) {
        return !possiblyWithin(period);
    }

    /** Every day this date can mean is after the period's last year. */
    public boolean certainlyAfterEndOf(Period period) {
        return earliest.getYear() > period.getTo();
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    /** Orders by the earliest day, then the latest, then the text: for sorting lists, not for judging. */
    @Override
    public int compareTo(PartialDate other) {
        int c = earliest.compareTo(other.earliest);
        if (c == 0) {
            c = latest.compareTo(other.latest);
        }
        return c != 0 ? c : text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
