package kb.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The days on which the legal instruments of a case were signed, as the rules read them through
 * the global {@code signings}: {@code signings.possiblySameDay(date)} holds when some instrument
 * may have been signed on a day {@code date} may mean. Two dates that cannot share a day are
 * always ordered, so a rule about dates too coarse to order tests this first, on each fact
 * alone: the many facts it rules out never reach a join with the instruments, which in a large
 * case would keep an entry per fact. The rule still matches the instruments themselves after
 * this test, so its conclusion rests on (and an explanation names) the agreement concerned.
 *
 * <p>Every instrument counts, whatever its kind, so a rule that narrows the kinds it compares
 * with still sees a superset. The value is fixed when a session starts: a session whose
 * instruments change while it runs (kb whatif's screening) must use {@link #ANY}.
 */
public final class SigningDates {
    /** Lets every date through: for sessions whose instruments are added or removed as they run. */
    public static final SigningDates ANY = new SigningDates(null, null);

    /** The first and last epoch day of each signing date, or null for {@link #ANY}. */
    private final long[] earliest;
    private final long[] latest;

    private SigningDates(long[] earliest, long[] latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /** The signing dates of the legal instruments among {@code facts} (other facts are ignored). */
    public static SigningDates of(Collection<? extends Fact> facts) {
        List<PartialDate> dates = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof LegalInstrument li && li.getSignedOn() != null) {
                dates.add(li.getSignedOn());
            }
        }
        long[] from = new long[dates.size()];
        long[] to = new long[dates.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = dates.get(i).earliest().toEpochDay();
            to[i] = dates.get(i).latest().toEpochDay();
        }
        return new SigningDates(from, to);
    }

    /** Some instrument may have been signed on a day {@code date} may mean (their spans of days overlap). */
    public boolean possiblySameDay(PartialDate date) {
        if (earliest == null) {
            return true;
        }
        long first = date.earliest().toEpochDay();
        long last = date.latest().toEpochDay();
        for (int i = 0; i < earliest.length; i++) {
            if (earliest[i] <= last && latest[i] >= first) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return earliest == null ? "any day" : earliest.length + " signing date(s)";
    }
}
