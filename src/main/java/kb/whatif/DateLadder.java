package kb.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kb.facts.CaseFacts;
import kb.facts.PartialDate;
import kb.facts.Period;

/**
 * The dates a candidate fact is tried on. Rules compare a fact's date with the period under
 * study and with the dates of other facts, so only where it falls between those points matters:
 * each point itself and the day after it stand for every date up to the next point. Points are
 * taken from {@value #YEARS_BEFORE} years before the period to one year after it (what led up to
 * the partnership and what it did); a suggestion dated decades away would not be one to act on.
 */
final class DateLadder {
    static final int YEARS_BEFORE = 5;

    private DateLadder() {
    }

    static List<String> of(CaseFacts facts, List<PartialDate> caseDates) {
        Period p = facts.partnership().getPeriod();
        TreeSet<LocalDate> points = new TreeSet<>();
        points.add(LocalDate.of(p.getFrom(), 1, 1));
        points.add(LocalDate.of(p.getTo(), 12, 31));
        for (PartialDate d : caseDates) {
            // Both ends: a year or a range is compared through its first and its last day.
            for (LocalDate end : List.of(d.earliest(), d.latest())) {
                if (end.getYear() > 1 && end.getYear() < 9999) {
                    points.add(end);
                }
            }
        }
        LocalDate first = LocalDate.of(p.getFrom() - YEARS_BEFORE, 1, 1);
        LocalDate last = LocalDate.of(p.getTo() + 1, 12, 31);
        points.removeIf(d -> d.isBefore(first) || d.isAfter(last));
        TreeSet<LocalDate> ladder = new TreeSet<>();
        ladder.add(points.first().minusDays(1));
        for (LocalDate d : points) {
            ladder.add(d);
            ladder.add(d.plusDays(1));
        }
        List<String> dates = new ArrayList<>();
        ladder.forEach(d -> dates.add(d.toString()));
        return dates;
    }
}
