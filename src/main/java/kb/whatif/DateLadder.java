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
 * each point itself and the day after it stand for every date up to the next point.
 */
final class DateLadder {
    private DateLadder() {
    }

    static List<String> of(CaseFacts facts, List<PartialDate> caseDates) {
        Period p = facts.partnership().getPeriod();
        TreeSet<LocalDate> points = new TreeSet<>();
        points.add(LocalDate.of(p.getFrom(), 1, 1));
        points.add(LocalDate.of(p.getTo(), 12, 31));
        for (PartialDate d : caseDates) {
            points.add(LocalDate.ofEpochDay(d.getDay()));
        }
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
