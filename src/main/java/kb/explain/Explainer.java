package kb.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kb.conclusions.DatesTooCoarse;
import kb.conclusions.DoesNotQualify;
import kb.conclusions.EvidenceBears;
import kb.conclusions.FactorMet;
import kb.conclusions.FactorResult;
import kb.conclusions.FactorTally;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Qualifies;
import kb.conclusions.Verdict;
import kb.engine.Evaluation;
import kb.engine.FactorOutcome;
import kb.engine.Justification;
import kb.engine.RuleBase;
import kb.engine.RuleCatalogue;
import kb.engine.RuleInfo;
import kb.engine.VerdictOutcome;
import kb.facts.Absence;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.facts.Partnership;
import kb.framework.Parameter;

/**
 * Builds the derivation tree of an evaluation: verdict, the table row that gave it, each
 * factor, each indicator, the rules, the facts and their sources. Everything comes from the
 * justifications Drools kept and from rule metadata, so a rule an analyst adds shows up with
 * no change here. A NOT MET result is explained by what is absent: the condition in words
 * (the indicator rule's name) and every candidate fact with the reason it did not count.
 */
public final class Explainer {
    private final Evaluation evaluation;
    private final RuleBase rules;
    private final RuleCatalogue catalogue;

    public Explainer(Evaluation evaluation, RuleBase rules) {
        this.evaluation = evaluation;
        this.rules = rules;
        this.catalogue = rules.catalogue();
    }

    /** The whole tree, rooted at the verdict. */
    public Node verdictTree() {
        VerdictOutcome verdict = evaluation.verdict();
        Node root = Node.of("verdict", "Verdict: " + verdict.text());
        Node tallyParent = root;
        for (Verdict v : evaluation.conclusions(Verdict.class)) {
            for (Justification j : evaluation.why(v)) {
                Node row = Node.rule("rule", "by the verdict table row", j.rule());
                root.add(row);
                tallyParent = row;
                for (Object o : j.matched()) {
                    if (o instanceof FactorResult r) {
                        row.add(Node.of("reference", r.factor() + " " + r.status().text() + " (explained below)"));
                    }
                }
            }
        }
        if (!verdict.completions().isEmpty()) {
            List<String> open = List.copyOf(verdict.completions().get(0).assumed().keySet());
            Node n = Node.of("completions", "undetermined: " + String.join(", ", open) + "; the verdict table over every way "
                    + (open.size() == 1 ? "it" : "they") + " could come out gives "
                    + (verdict.undetermined() ? "different verdicts" : "the same verdict"));
            for (VerdictOutcome.Completion c : verdict.completions()) {
                List<String> assumed = new ArrayList<>();
                c.assumed().forEach((f, st) -> assumed.add(f + " " + st.text()));
                n.add(Node.rule("completion", "if " + String.join(", ", assumed) + ": " + c.verdict() + " by row", c.row()));
            }
            root.add(n);
        }
        List<FactorTally> tallies = evaluation.conclusions(FactorTally.class);
        Node factorsParent = tallyParent;
        for (FactorTally tally : tallies) {
            Node t = Node.of("tally", tally.toString());
            evaluation.why(tally).forEach(j -> t.add(Node.rule("rule", "counted by", j.rule())));
            tallyParent.add(t);
            factorsParent = t;
        }
        for (FactorOutcome f : evaluation.factors()) {
            factorsParent.add(factorTree(f));
        }
        return withSources(root);
    }

    /** Appends the citations of every source the tree names, so each fact line can stay short. */
    public Node withSources(Node root) {
        Set<String> cited = new LinkedHashSet<>();
        collectSources(root, cited);
        Node sources = Node.of("sources", "sources");
        evaluation.facts().sources().values().stream().filter(s -> cited.contains(s.getId()))
                .forEach(s -> sources.add(Node.of("source", s.getId() + ": " + s.getCitation()
                        + (s.getUrl() != null ? " <" + s.getUrl() + ">"
                                : s.getNoUrl() != null ? " (no URL: " + s.getNoUrl() + ")" : ""))));
        return sources.children().isEmpty() ? root : root.add(sources);
    }

    private static void collectSources(Node n, Set<String> cited) {
        if (n.fact() != null) {
            n.fact().sources().forEach(s -> cited.add(s.getId()));
        }
        n.children().forEach(c -> collectSources(c, cited));
    }

    /** The subtree of one factor. */
    public Node factorTree(FactorOutcome f) {
        String id = f.factor().getId();
        Node node = Node.of("factor", id + " " + f.factor().getName() + " (" + f.factor().getIndonesian() + "): "
                + f.status().text());
        if (f.decidedBy() != null) {
            node.add(Node.rule("rule", "decided by", f.decidedBy()));
        }
        switch (f.status()) {
            case MET -> evaluation.conclusions(FactorMet.class).stream().filter(m -> m.factor().equals(id))
                    .forEach(m -> evaluation.why(m).forEach(j -> node.add(Node.rule("rule", "its condition holds:", j.rule()))));
            case NOT_MET -> evaluation.conclusions(EvidenceBears.class).stream().filter(b -> b.factor().equals(id))
                    .forEach(b -> evaluation.why(b).forEach(j -> node.add(bearing(j))));
            case UNDETERMINED -> node.add(whatWouldDecide(id));
        }
        for (FactorOutcome.IndicatorOutcome i : f.indicators()) {
            node.add(indicatorTree(id, i.id()));
        }
        // Facts that bear on the factor without being classified: findings, obstacles, joint institutions.
        Map<FactFileKind, List<Fact>> context = new LinkedHashMap<>();
        for (Fact x : evaluation.facts().facts()) {
            if (id.equals(x.shownUnderFactor())) {
                context.computeIfAbsent(FactFileKind.of(x.getClass()), k -> new ArrayList<>()).add(x);
            }
        }
        List<Absence> absences = evaluation.facts().facts().stream()
                .filter(x -> x instanceof Absence a && id.equals(a.getFactor())).map(Absence.class::cast).toList();
        if (!absences.isEmpty() && f.status() != kb.conclusions.FactorStatus.NOT_MET) {
            Node n = Node.of("absences", "absences recorded for " + id + " (not what decided it)");
            absences.forEach(a -> n.add(absenceNode(a)));
            node.add(n);
        }
        context.forEach((kind, listed) -> {
            Node n = Node.of(kind.listField(), kind.plural() + " recorded for " + id);
            listed.forEach(x -> n.add(Node.fact(FactRef.of(x, evaluation.facts()))));
            node.add(n);
        });
        return node;
    }

    /** The evidence that bears on a factor: the rule, and the facts it rests on; an absence says what was assumed. */
    private Node bearing(Justification j) {
        Node n = Node.rule("rule", "not met: evidence bears on it,", j.rule());
        for (Object o : j.matched()) {
            if (o instanceof Absence a) {
                n.add(absenceNode(a));
            } else if (o instanceof Fact fact) {
                n.add(Node.fact(FactRef.of(fact, evaluation.facts())));
            }
        }
        return n;
    }

    /** A recorded absence with the closed-world assumption it stands for, in words. */
    private Node absenceNode(Absence a) {
        Node n = Node.fact(FactRef.of(a, evaluation.facts()));
        n.add(Node.of("assumption", "closed world: the sources" + (a.getSearched() == null ? ""
                : " for " + a.getSearched().getFrom() + "-" + a.getSearched().getTo()) + " were searched for "
                + a.getIndicator() + " and nothing was found, so what was not found is taken as not there"));
        return n;
    }

    /** For an undetermined factor: the rules whose conclusions would decide it, and the facts they read. */
    private Node whatWouldDecide(String factor) {
        Node n = Node.of("undetermined", "nothing in the case bears on " + factor
                + "; it would be decided by evidence for one of these rules");
        for (RuleInfo r : catalogue.all()) {
            if (r.factor().equals(factor) && r.concludes(FactorMet.class)) {
                n.add(Node.rule("rule", "MET when", r));
            }
        }
        for (RuleInfo r : catalogue.all()) {
            if (r.factor().equals(factor) && r.concludes(EvidenceBears.class)) {
                Node b = Node.rule("rule", "NOT MET (if not met) when", r);
                if (r.reads().contains("Absence")) {
                    b.add(Node.of("value", "record it in absences.json: the indicator looked for, the years searched,"
                            + " the sources and the basis"));
                }
                n.add(b);
            }
        }
        return n;
    }

    private Node indicatorTree(String factor, String indicator) {
        IndicatorSatisfied holds = evaluation.conclusions(IndicatorSatisfied.class).stream()
                .filter(i -> i.indicator().equals(indicator)).findFirst().orElse(null);
        Node node = Node.of("indicator", indicator + (holds != null ? " holds" : " does not hold"));
        if (holds != null) {
            for (Justification j : evaluation.why(holds)) {
                node.add(ruleWithMatches("rule", "because", j));
            }
        } else {
            for (RuleInfo r : catalogue.forIndicator(indicator, IndicatorSatisfied.class)) {
                node.add(conditionTree(indicator, r));
            }
        }
        if (!candidateRules(indicator).isEmpty()) {
            node.add(countedTree(indicator));
        }
        Node rejected = rejectedTree(indicator);
        if (rejected != null) {
            node.add(rejected);
        }
        Node undecided = tooCoarseTree(indicator);
        if (undecided != null) {
            node.add(undecided);
        }
        return node;
    }

    /** The condition an indicator needs, in the words of its rule, with the values it reads. */
    private Node conditionTree(String indicator, RuleInfo rule) {
        Node n = Node.rule("condition", "needs", rule);
        List<RuleInfo> readers = new ArrayList<>(List.of(rule));
        readers.addAll(candidateRules(indicator));
        valuesRead(readers).forEach(n::add);
        return n;
    }

    /** The period and the parameters these rules' conditions read, each once, with its value in this run. */
    private List<Node> valuesRead(List<RuleInfo> readers) {
        List<Node> values = new ArrayList<>();
        if (readers.stream().anyMatch(RuleInfo::readsPeriod)) {
            Partnership p = evaluation.facts().partnership();
            values.add(Node.of("value", "period under study: " + p.getPeriod().getFrom() + "-" + p.getPeriod().getTo()));
        }
        Set<String> parameters = new LinkedHashSet<>();
        readers.forEach(r -> parameters.addAll(r.parameters()));
        for (String id : parameters) {
            Parameter p = rules.framework().parameter(id);
            if (p != null) {
                values.add(Node.of("value", "parameter " + p.getId() + " = "
                        + (p.getNumber() != null ? p.getNumber() : String.join(", ", p.getNames()))));
            }
        }
        return values;
    }

    private Node countedTree(String indicator) {
        List<Qualifies> counted = evaluation.conclusions(Qualifies.class).stream()
                .filter(q -> q.indicator().equals(indicator)).toList();
        Node n = Node.of("counted", counted.isEmpty() ? "counted: none" : "counted: " + counted.size());
        for (Qualifies q : counted) {
            Node fact = factNode(q.factId());
            evaluation.why(q).forEach(j -> fact.add(Node.rule("reason", "counts", j.rule())));
            n.add(fact);
        }
        return n;
    }

    /** Every candidate fact that did not count, with each rule that said why. */
    private Node rejectedTree(String indicator) {
        Map<String, List<RuleInfo>> reasons = new LinkedHashMap<>();
        for (DoesNotQualify d : evaluation.conclusions(DoesNotQualify.class)) {
            if (d.indicator().equals(indicator)) {
                evaluation.why(d).forEach(j -> reasons.computeIfAbsent(d.factId(), k -> new ArrayList<>()).add(j.rule()));
            }
        }
        Set<String> kinds = new LinkedHashSet<>();
        candidateRules(indicator).forEach(r -> r.reads().stream().filter(t -> !t.equals("Partnership")).forEach(kinds::add));
        if (reasons.isEmpty()) {
            if (kinds.isEmpty()) {
                return null;
            }
            boolean anyCandidate = evaluation.facts().facts().stream()
                    .anyMatch(f -> kinds.contains(f.getClass().getSimpleName()));
            return Node.of("candidates", anyCandidate ? "did not count: none"
                    : "did not count: none - the case records no " + String.join(" or ", kinds) + " at all");
        }
        Node n = Node.of("candidates", "did not count: " + reasons.size());
        evaluation.facts().facts().stream().filter(f -> reasons.containsKey(f.getId())).forEach(f -> {
            Node fact = Node.fact(FactRef.of(f, evaluation.facts()));
            reasons.get(f.getId()).stream()
                    .sorted(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                    .forEach(r -> fact.add(Node.rule("reason", "does not count", r)));
            n.add(fact);
        });
        return n;
    }

    /**
     * Every candidate fact whose date the precision could not order: it neither counted nor was
     * rejected. Under each rule that said so, the other facts its match rests on (the agreement
     * whose date cannot be ordered against the fact's).
     */
    private Node tooCoarseTree(String indicator) {
        Map<String, Map<RuleInfo, Set<Fact>>> reasons = new LinkedHashMap<>();
        for (DatesTooCoarse d : evaluation.conclusions(DatesTooCoarse.class)) {
            if (d.indicator().equals(indicator)) {
                for (Justification j : evaluation.why(d)) {
                    Set<Fact> against = reasons.computeIfAbsent(d.factId(), k -> new TreeMap<>(BY_FILE_AND_LINE))
                            .computeIfAbsent(j.rule(), k -> new LinkedHashSet<>());
                    j.matched().stream().filter(o -> o instanceof Fact f && !f.getId().equals(d.factId()))
                            .forEach(o -> against.add((Fact) o));
                }
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        Node n = Node.of("undecided", "neither counted nor rejected, the dates are too coarse to order: " + reasons.size());
        evaluation.facts().facts().stream().filter(f -> reasons.containsKey(f.getId())).forEach(f -> {
            Node fact = Node.fact(FactRef.of(f, evaluation.facts()));
            reasons.get(f.getId()).forEach((rule, against) -> {
                Node r = Node.rule("reason", "cannot tell", rule);
                // In the case's order, so the output does not depend on the order the rules fired in.
                evaluation.facts().facts().stream().filter(against::contains)
                        .forEach(other -> r.add(Node.fact(FactRef.of(other, evaluation.facts()))));
                fact.add(r);
            });
            n.add(fact);
        });
        return n;
    }

    private static final Comparator<RuleInfo> BY_FILE_AND_LINE = Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line);

    private Node ruleWithMatches(String kind, String text, Justification j) {
        Node n = Node.rule(kind, text, j.rule());
        for (Object o : j.matched()) {
            if (o instanceof Fact f) {
                n.add(Node.fact(FactRef.of(f, evaluation.facts())));
            } else if (o instanceof Qualifies q) {
                n.add(factNode(q.factId()));
            }
        }
        valuesRead(List.of(j.rule())).forEach(n::add);
        return n;
    }

    private Node factNode(String id) {
        return evaluation.facts().fact(id).map(f -> Node.fact(FactRef.of(f, evaluation.facts())))
                .orElse(Node.of("fact", id + " (not in the case)"));
    }

    private List<RuleInfo> candidateRules(String indicator) {
        List<RuleInfo> rules = new ArrayList<>(catalogue.forIndicator(indicator, Qualifies.class));
        rules.addAll(catalogue.forIndicator(indicator, DoesNotQualify.class));
        rules.addAll(catalogue.forIndicator(indicator, DatesTooCoarse.class));
        return rules;
    }
}
