package kb.explain;

import java.util.ArrayList;
import java.util.List;
import kb.facts.Activity;
import kb.facts.Basis;
import kb.facts.CaseFacts;
import kb.facts.CentralGovernmentStance;
import kb.facts.Fact;
import kb.facts.LegalInstrument;
import kb.facts.Outcome;
import kb.facts.PartialDate;
import kb.facts.Source;

/** A fact as an auditor reads it: id, kind, date, summary, what it rests on and its sources. */
public record FactRef(String id, String kind, String date, String summary, Basis basis, List<Source> sources) {

    public static FactRef of(Fact f, CaseFacts facts) {
        List<Source> sources = new ArrayList<>();
        for (String id : f.getSources()) {
            Source s = facts.sources().get(id);
            if (s != null) {
                sources.add(s);
            }
        }
        return new FactRef(f.getId(), f.factKind(), dateOf(f), f.getSummary(), f.getBasis(), sources);
    }

    private static String dateOf(Fact f) {
        PartialDate d = null;
        if (f instanceof Activity a) {
            d = a.getDate();
        } else if (f instanceof LegalInstrument l) {
            d = l.getSignedOn() != null ? l.getSignedOn() : l.getInForceFrom();
        } else if (f instanceof Outcome o) {
            d = o.getDate();
        } else if (f instanceof CentralGovernmentStance s) {
            d = s.getDate();
        }
        return d == null ? null : d.toString();
    }

    /** "activity A-2013-08-17-mou-signing, 2013-08-17: MoU ... [antara-389247, antara-391021]"; citations are listed once, under "sources". */
    public String line() {
        StringBuilder b = new StringBuilder(kind).append(' ').append(id);
        if (date != null) {
            b.append(", ").append(date);
        }
        b.append(": ").append(summary);
        if (basis == Basis.THESIS_FINDING) {
            b.append(" (rests on the thesis' finding, not a documented event)");
        } else if (basis == Basis.HYPOTHETICAL) {
            b.append(" (hypothetical)");
        }
        b.append(" [");
        for (int i = 0; i < sources.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(sources.get(i).getId());
        }
        return b.append(']').toString();
    }
}
