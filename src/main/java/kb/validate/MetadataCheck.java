package kb.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kb.engine.RuleInfo;

/**
 * Rule hygiene on the compiled catalogue: every rule has a unique {@code @id}, a
 * {@code @factor} that names a factor of {@code factors.json} (or {@code ALL} for the rules
 * that judge over all factors, i.e. the verdict), an {@code @indicator} and an {@code @ref}.
 * The explanation shown to auditors is built from this metadata, so a rule without it
 * would explain nothing.
 */
public final class MetadataCheck {
    /** The factor value of rules that judge over every factor: the tally and the verdict table. */
    public static final String ALL_FACTORS = "ALL";

    private MetadataCheck() {
    }

    public static List<String> check(Collection<RuleInfo> rules, Collection<String> factorIds) {
        Set<String> allowedFactors = new TreeSet<>(factorIds);
        String allowed = String.join(", ", allowedFactors) + ", " + ALL_FACTORS + " (verdict rules)";
        List<String> problems = new ArrayList<>();
        Map<String, RuleInfo> firstWithId = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            String at = rule.file() + ":" + Math.max(rule.line(), 1) + ": rule \"" + rule.name() + "\": ";
            if (rule.id().isBlank()) {
                problems.add(at + "no @id; every rule needs a stable id such as @id(\"F3.3\")");
            } else {
                RuleInfo first = firstWithId.putIfAbsent(rule.id(), rule);
                if (first != null) {
                    problems.add(at + "@id(\"" + rule.id() + "\") is already used by \"" + first.name() + "\" ("
                            + first.location() + "); ids must be unique");
                }
            }
            if (rule.factor().isBlank()) {
                problems.add(at + "no @factor; allowed: " + allowed);
            } else if (!allowedFactors.contains(rule.factor()) && !ALL_FACTORS.equals(rule.factor())) {
                problems.add(at + "@factor(\"" + rule.factor() + "\") is not a factor; allowed: " + allowed);
            }
            if (rule.indicators().isEmpty()) {
                problems.add(at + "no @indicator; name the indicator ids it classifies or decides, e.g. @indicator(\"I3.3\")");
            }
            if (rule.reference().isBlank()) {
                problems.add(at + "no @ref; cite the law and article, Kuznetsov 2015 or the thesis it encodes");
            }
        }
        return problems;
    }
}
