package kb.scenario;

import java.util.ArrayList;
import java.util.List;
import kb.facts.Absence;
import kb.facts.Activity;
import kb.facts.Cause;
import kb.facts.CentralGovernmentStance;
import kb.facts.Fact;
import kb.facts.Finding;
import kb.facts.LegalInstrument;
import kb.facts.Motive;
import kb.facts.Outcome;
import kb.facts.Source;

/**
 * Facts a scenario adds, under the same names as the lists of a case folder's files
 * ({@code activities}, {@code legalInstruments}, {@code stances}, ...), so an analyst can
 * copy an entry from a case file.
 */
final class Additions {
    private List<Source> sources = List.of();
    private List<Cause> causes = List.of();
    private List<Activity> activities = List.of();
    private List<Motive> motives = List.of();
    private List<LegalInstrument> legalInstruments = List.of();
    private List<CentralGovernmentStance> stances = List.of();
    private List<Outcome> outcomes = List.of();
    private List<Finding> findings = List.of();
    private List<Absence> absences = List.of();

    List<Source> sources() {
        return orEmpty(sources);
    }

    /** All added facts in the order a case folder's facts are inserted (that of FactFileKind). */
    List<Fact> facts() {
        List<Fact> all = new ArrayList<>();
        all.addAll(orEmpty(causes));
        all.addAll(orEmpty(activities));
        all.addAll(orEmpty(motives));
        all.addAll(orEmpty(legalInstruments));
        all.addAll(orEmpty(stances));
        all.addAll(orEmpty(outcomes));
        all.addAll(orEmpty(findings));
        all.addAll(orEmpty(absences));
        return all;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
