package kb.explain;

import java.util.ArrayList;
import java.util.List;
import kb.facts.Basis;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.PartialDate;
import kb.facts.Source;
import kb.facts.SourceRef;

/**
 * A fact as an auditor reads it: id, kind, date, summary, what it rests on and its sources,
 * each with the passage the fact rests on where one is recorded.
 */
public record FactRef(String id, String kind, String date, String summary, Basis basis, List<Cited> cited,
                      Integer standsFor) {

    /** A source as one fact cites it: the source, and the quote and gloss the fact rests on (null when not recorded). */
    public record Cited(Source source, String quote, String gloss) {
    }

    public static FactRef of(Fact f, CaseFacts facts) {
        List<Cited> cited = new ArrayList<>();
        for (SourceRef r : f.getSourceRefs()) {
            Source s = facts.sources().get(r.getId());
            if (s != null) {
                cited.add(new Cited(s, r.getQuote(), r.getGloss()));
            }
        }
        PartialDate d = f.shownDate();
        Integer standsFor = f.getOccurrences() > 1 ? f.getOccurrences() : null;
        return new FactRef(f.getId(), f.factKind(), d == null ? null : d.toString(), f.getSummary(), f.getBasis(), cited,
                standsFor);
    }

    /** The sources, without the quotes. */
    public List<Source> sources() {
        return cited.stream().map(Cited::source).toList();
    }

    /** "activity A-2013-08-17-mou-signing, 2013-08-17: MoU ... [antara-389247, antara-391021]"; citations are listed once, under "sources". */
    public String line() {
        StringBuilder b = new StringBuilder(kind).append(' ').append(id);
        if (date != null) {
            b.append(", ").append(date);
        }
        b.append(": ").append(summary);
        if (standsFor != null) {
            b.append(" (stands for ").append(standsFor == 2 ? "several, counted as 2" : standsFor + " activities").append(')');
        }
        if (basis == Basis.THESIS_FINDING) {
            b.append(" (rests on the thesis' finding, not a documented event)");
        } else if (basis == Basis.HYPOTHETICAL) {
            b.append(" (hypothetical)");
        }
        b.append(" [");
        for (int i = 0; i < cited.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(cited.get(i).source().getId());
        }
        return b.append(']').toString();
    }
}
