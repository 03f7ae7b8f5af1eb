package kb.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need more than one field or file, after each file has passed its schema:
 * unique ids, sources that exist, periods and date ranges that run forwards. Each message
 * names {@code file:line:column}, the fact id and the field.
 *
 * <p>An activity outside the period under study is not an error: early contacts before the
 * agreement (the 2011 visits of Batam–Gimje) are evidence for F1, and the rules decide what
 * counts inside the period.
 */
final class CaseChecks {
    private final List<String> problems = new ArrayList<>();
    private final Sites sites;
    /** Null when sources.json could not be read: then unknown source ids are not reported twice. */
    private final Map<String, Source> sources;

    CaseChecks(Sites sites, Map<String, Source> sources) {
        this.sites = sites;
        this.sources = sources;
    }

    /** {@code partnership} is null when case.json could not be read; its checks are then skipped. */
    List<String> check(Partnership partnership, List<Source> sourceList, List<Fact> facts) {
        if (partnership != null) {
            checkPartnership(partnership);
        }
        checkUniqueSources(sourceList);
        checkFacts(facts);
        return problems;
    }

    private void checkPartnership(Partnership p) {
        String owner = "case \"" + p.getId() + "\"";
        Period period = p.getPeriod();
        if (period != null && period.getTo() < period.getFrom()) {
            problems.add(sites.where(p, "period") + ": " + owner + ": field \"period\": ends (" + period.getTo()
                    + ") before it starts (" + period.getFrom() + ")");
        }
        if (p.getLocalGovernment() != null && p.getPartner() != null
                && p.getLocalGovernment().getId().equals(p.getPartner().getId())) {
            problems.add(sites.where(p, "partner") + ": " + owner + ": field \"partner.id\": \""
                    + p.getPartner().getId() + "\" is also the id of the local government; the two parties need their own ids");
        }
        checkSourceIds(p, owner, p.getSources());
    }

    private void checkUniqueSources(List<Source> sourceList) {
        Map<String, Source> first = new HashMap<>(capacityFor(sourceList.size()));
        for (Source s : sourceList) {
            Source earlier = first.putIfAbsent(s.getId(), s);
            if (earlier != null) {
                problems.add(sites.where(s, "id") + ": source \"" + s.getId() + "\": field \"id\": duplicate id (first at "
                        + sites.where(earlier, "id") + "); ids must be unique in a case");
            }
        }
    }

    /** A HashMap capacity that holds {@code n} entries without growing: every case of a batch is checked, and the growing showed in its profile. */
    private static int capacityFor(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private void checkFacts(List<Fact> facts) {
        Map<String, Fact> first = new HashMap<>(capacityFor(facts.size()));
        for (Fact f : facts) {
            first.putIfAbsent(f.getId(), f);
        }
        Map<String, Fact> known = first;
        first = new HashMap<>(capacityFor(facts.size()));
        for (Fact f : facts) {
            String owner = f.factKind() + " \"" + f.getId() + "\"";
            Fact earlier = first.putIfAbsent(f.getId(), f);
            if (earlier != null) {
                problems.add(sites.where(f, "id") + ": " + owner + ": field \"id\": duplicate id (first at "
                        + sites.where(earlier, "id") + "); ids must be unique in a case");
            }
            checkSourceIds(f, owner, f.getSources());
            checkQuotes(f, owner);
            checkRanges(f, owner);
            if (f instanceof Absence absence) {
                checkIndicatorOfFactor(absence, owner);
            }
            if (f instanceof NationalLaw law) {
                for (String replaced : law.getReplaces()) {
                    if (!(known.get(replaced) instanceof NationalLaw)) {
                        problems.add(sites.where(f, "replaces") + ": " + owner + ": field \"replaces\": unknown instrument id \""
                                + replaced + "\"; it must be the id of another instrument in the law library");
                    }
                }
            }
        }
    }

    /**
     * An indicator's number is its factor's (I4.1 is an indicator of F4): an absence that names an
     * indicator of another factor is read by neither factor's rules, so it would be lost in silence.
     */
    private void checkIndicatorOfFactor(Absence absence, String owner) {
        String indicator = absence.getIndicator();
        String factor = absence.getFactor();
        int dot = indicator == null ? -1 : indicator.indexOf('.');
        if (factor == null || dot < 2 || !indicator.startsWith("I")) {
            return; // the schema reports a missing or malformed value
        }
        String indicatorFactor = "F" + indicator.substring(1, dot);
        if (!indicatorFactor.equals(factor)) {
            problems.add(sites.where(absence, "indicator") + ": " + owner + ": field \"indicator\": " + indicator
                    + " is an indicator of " + indicatorFactor + ", not of " + factor + " (the absence's \"factor\");"
                    + " name one of " + factor + "'s indicators, or " + indicatorFactor + " as the factor");
        }
    }

    /** Words a quote may hold: "about 40" in the README, with room for a long compound or a citation. */
    static final int MAX_QUOTE_WORDS = 50;

    /** A quote is the passage a fact rests on, not the page it is on. */
    private void checkQuotes(Fact f, String owner) {
        List<SourceRef> refs = f.getSourceRefs();
        for (int i = 0; i < refs.size(); i++) {
            String quote = refs.get(i).getQuote();
            int words = quote == null ? 0 : quote.strip().split("\\s+").length;
            if (words > MAX_QUOTE_WORDS) {
                problems.add(sites.where(f, "sources") + ": " + owner + ": field \"sources[" + i + "].quote\": " + words
                        + " words; a quote is the passage the fact rests on, at most about 40 words");
            }
        }
    }

    private void checkRanges(Fact f, String owner) {
        if (f instanceof Activity a && a.getDate() != null && a.getEndDate() != null
                && a.getEndDate().certainlyBefore(a.getDate())) {
            problems.add(sites.where(f, "endDate") + ": " + owner + ": field \"endDate\": " + a.getEndDate()
                    + " is before the start " + a.getDate());
        } else if (f instanceof LegalInstrument l && l.getInForceFrom() != null && l.getInForceUntil() != null
                && l.getInForceUntil().certainlyBefore(l.getInForceFrom())) {
            problems.add(sites.where(f, "inForceUntil") + ": " + owner + ": field \"inForceUntil\": "
                    + l.getInForceUntil() + " is before inForceFrom " + l.getInForceFrom());
        } else if (f instanceof NationalLaw l && l.getInForceFrom() != null && l.getInForceUntil() != null
                && l.getInForceUntil().certainlyBefore(l.getInForceFrom())) {
            problems.add(sites.where(f, "inForceUntil") + ": " + owner + ": field \"inForceUntil\": "
                    + l.getInForceUntil() + " is before inForceFrom " + l.getInForceFrom());
        }
    }

    private void checkSourceIds(Object read, String owner, List<String> ids) {
        if (sources == null || ids == null) {
            return;
        }
        for (String sid : ids) {
            if (!sources.containsKey(sid)) {
                problems.add(sites.where(read, "sources") + ": " + owner + ": field \"sources\": unknown source id \""
                        + sid + "\"; known: " + String.join(", ", sources.keySet()));
            }
        }
    }
}
