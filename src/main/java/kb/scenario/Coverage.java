package kb.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kb.engine.FactorOutcome;
import kb.engine.RuleCatalogue;
import kb.engine.RuleInfo;
import kb.framework.FactorDefinition;

/**
 * What a set of scenarios exercises: for each rule the scenarios it fired in, and for each
 * factor the scenarios where it is MET, NOT MET and UNDETERMINED. A gap is a rule that never fired (its
 * conditions are untested) or a factor seen only one way (its decision is untested).
 * Scenarios are named by their file, which is unique where short ids may not be.
 */
public record Coverage(Map<RuleInfo, TreeSet<String>> firedIn, Map<String, FactorCoverage> factors) {

    public record FactorCoverage(FactorDefinition factor, TreeSet<String> met, TreeSet<String> notMet,
                                 TreeSet<String> undetermined) {
    }

    public static Coverage of(RuleCatalogue catalogue, List<FactorDefinition> factorDefinitions,
                              List<ScenarioResult> results) {
        Map<RuleInfo, TreeSet<String>> firedIn = new LinkedHashMap<>();
        catalogue.all().forEach(r -> firedIn.put(r, new TreeSet<>()));
        Map<String, FactorCoverage> factors = new LinkedHashMap<>();
        factorDefinitions.forEach(f -> factors.put(f.getId(), new FactorCoverage(f, new TreeSet<>(), new TreeSet<>(), new TreeSet<>())));
        for (ScenarioResult r : results) {
            if (r.evaluation() == null) {
                continue;
            }
            for (RuleInfo rule : catalogue.all()) {
                if (r.evaluation().firedRules().contains(rule.id())) {
                    firedIn.get(rule).add(r.file().toString());
                }
            }
            for (FactorOutcome f : r.evaluation().factors()) {
                FactorCoverage c = factors.get(f.factor().getId());
                if (c != null) {
                    (switch (f.status()) {
                        case MET -> c.met();
                        case NOT_MET -> c.notMet();
                        case UNDETERMINED -> c.undetermined();
                    }).add(r.file().toString());
                }
            }
        }
        return new Coverage(firedIn, factors);
    }

    public List<RuleInfo> neverFired() {
        return firedIn.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Every gap in words, rules first (by file and line), then factors; empty when none. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (RuleInfo r : neverFired()) {
            gaps.add(r.location() + ": rule " + r.id() + " \"" + r.name() + "\" fired in no scenario");
        }
        for (FactorCoverage f : factors.values()) {
            if (f.met().isEmpty()) {
                gaps.add("factor " + f.factor().getId() + " is MET in no scenario");
            }
            if (f.notMet().isEmpty()) {
                gaps.add("factor " + f.factor().getId() + " is NOT MET in no scenario");
            }
        }
        return gaps;
    }
}
