package kb.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule of a KieBase with its metadata and the file and line it is written on.
 * Drools keeps no line numbers on compiled rules, so the line (a decision table's row), what
 * the rule reads and what it makes come from the {@link RuleModel} of the same build.
 */
public final class RuleCatalogue {
    private final Map<String, RuleInfo> byName;
    /** Asked for every factor of every evaluation: worked out once per rule base. */
    private final Map<String, List<String>> indicatorsByFactor = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleCatalogue(Map<String, RuleInfo> byName) {
        this.byName = byName;
    }

    static RuleCatalogue of(KieBase kieBase, String folderLabel, RuleModel model) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String rel = RuleCompiler.relative(sourcePath(rule));
                Optional<ModelRule> read = model.rule(rel, rule.getName());
                infos.add(info(rule, folderLabel + rel, read.orElse(null)));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line)
                .thenComparing(RuleInfo::name));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        infos.forEach(i -> byName.put(i.name(), i));
        return new RuleCatalogue(byName);
    }

    private static String sourcePath(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath();
        }
        return null;
    }

    /** The compiled rule's metadata, with its place and what it reads and makes from the parser's model. */
    private static RuleInfo info(Rule rule, String file, ModelRule read) {
        Map<String, String> meta = new TreeMap<>();
        rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(String.valueOf(v))));
        return new RuleInfo(meta.getOrDefault("id", ""), rule.getName(), file, read == null ? 0 : read.line(),
                meta.getOrDefault("factor", ""), RuleInfo.splitIndicators(meta.get("indicator")),
                meta.getOrDefault("ref", ""), Map.copyOf(meta),
                read == null ? Set.of() : read.inserts(), read == null ? List.of() : read.parameters(),
                read == null ? Set.of() : read.reads(), read != null && read.readsPeriod());
    }

    /** Decision-table metadata cells may keep their quotes; DRL metadata does not. */
    private static String unquote(String v) {
        String s = v.trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public Optional<RuleInfo> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The rule by name, or a stand-in for a rule that is not in this folder. */
    public RuleInfo require(String name) {
        RuleInfo info = byName.get(name);
        return info != null ? info : new RuleInfo("", name, "?", 0, "", List.of(), "", Map.of(), java.util.Set.of(), List.of(), java.util.Set.of(), false);
    }

    /** All rules, by file and line. */
    public Collection<RuleInfo> all() {
        return byName.values();
    }

    /** The rules of one indicator (by their @indicator metadata) that insert the given conclusion type. */
    public List<RuleInfo> forIndicator(String indicator, Class<?> conclusionType) {
        return byName.values().stream()
                .filter(r -> r.indicators().contains(indicator) && r.concludes(conclusionType)).toList();
    }

    /** Indicator ids of a factor in file order, as declared by its rules' metadata. */
    public List<String> indicatorsOf(String factor) {
        return indicatorsByFactor.computeIfAbsent(factor, this::findIndicatorsOf);
    }

    private List<String> findIndicatorsOf(String factor) {
        return byName.values().stream().filter(r -> r.factor().equals(factor))
                .flatMap(r -> r.indicators().stream()).distinct().sorted().toList();
    }
}
