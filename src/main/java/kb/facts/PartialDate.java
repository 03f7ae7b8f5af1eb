package kb.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year ("2013-08-17", "2011-07", "2012").
 * Sources often give only a year (the 2012 mayoral visit); we keep that precision instead
 * of inventing a day. Comparisons use the earliest day the date can mean.
 */
public final class PartialDate implements Comparable<PartialDate> {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final String text;
    private final LocalDate earliest;

    private PartialDate(String text, LocalDate earliest) {
        this.text = text;
        this.earliest = earliest;
    }

    @JsonCreator
    public static PartialDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            LocalDate earliest = switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 1, 1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            };
            if (earliest.getYear() < 1) {
                throw new IllegalArgumentException("'" + text + "' is not a calendar date: years start at 0001");
            }
            return new PartialDate(text, earliest);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date; use YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** Calendar year, for checks against the period under study. */
    public int getYear() {
        return earliest.getYear();
    }

    /** Earliest day this date can mean, as an epoch day, for before/after checks in rules. */
    public long getDay() {
        return earliest.toEpochDay();
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = earliest.compareTo(other.earliest);
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
