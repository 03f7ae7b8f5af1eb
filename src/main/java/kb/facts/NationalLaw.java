package kb.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An Indonesian national instrument that governs regional cooperation with foreign local
 * governments: a law (UU), a government regulation (PP), a ministerial regulation or a
 * ministerial circular. Instruments live in the law library shared by every case
 * ({@code facts/law/instruments.json}), never in a case folder, and carry the dates they were
 * in force at their sources' precision.
 */
public final class NationalLaw extends Fact {
    public enum Kind { LAW, GOVERNMENT_REGULATION, PRESIDENTIAL_REGULATION, MINISTERIAL_REGULATION, MINISTERIAL_CIRCULAR }

    /** Whether the instrument lets a region cooperate with foreign local governments, as its sources say. */
    public enum Permits { YES, NO, UNKNOWN }

    private Kind kind;
    private String number;
    private String title;
    private Permits permitsSubnationalCooperation;
    private PartialDate inForceFrom;
    private PartialDate inForceUntil;
    private List<String> replaces = List.of();

    public Kind getKind() {
        return kind;
    }

    /** The instrument's number as cited: "UU 37/1999", "SE Mendagri 193/1652/PUOD". */
    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Permits getPermitsSubnationalCooperation() {
        return permitsSubnationalCooperation;
    }

    /** True only when the sources say it permits it; UNKNOWN is not a yes. */
    public boolean isPermitting() {
        return permitsSubnationalCooperation == Permits.YES;
    }

    public PartialDate getInForceFrom() {
        return inForceFrom;
    }

    /** The first day it was no longer in force; null while still in force. */
    public PartialDate getInForceUntil() {
        return inForceUntil;
    }

    /** Ids of the library's instruments this one replaced. */
    public List<String> getReplaces() {
        return replaces;
    }

    /** In force on every day {@code date} can mean. */
    public boolean certainlyInForceOn(PartialDate date) {
        return inForceFrom.certainlyOnOrBefore(date) && (inForceUntil == null || inForceUntil.certainlyAfter(date));
    }

    /** Not in force on any day {@code date} can mean. */
    public boolean certainlyNotInForceOn(PartialDate date) {
        return inForceFrom.certainlyAfter(date) || (inForceUntil != null && inForceUntil.certainlyOnOrBefore(date));
    }

    /**
     * Certainly in force for at least part of the period under study: it started no later than
     * the period's last day and stopped only after its first day. An instrument in force from
     * 1993-04-26 whose end no source gives ("unknown") was still in force on the day it started,
     * so it was certainly in force during 1988-1995; its end is unknown, not possibly before its start.
     */
    public boolean certainlyInForceDuring(Period period) {
        return !inForceFrom.latest().isAfter(LocalDate.of(period.getTo(), 12, 31))
                && earliestEnd().isAfter(LocalDate.of(period.getFrom(), 1, 1));
    }

    /** The earliest day it may have stopped being in force: never before the day after it started. */
    private LocalDate earliestEnd() {
        if (inForceUntil == null) {
            return LocalDate.MAX;
        }
        LocalDate dayAfterStart = inForceFrom.earliest().plusDays(1);
        return inForceUntil.earliest().isBefore(dayAfterStart) ? dayAfterStart : inForceUntil.earliest();
    }

    @Override
    public PartialDate shownDate() {
        return inForceFrom;
    }
}
