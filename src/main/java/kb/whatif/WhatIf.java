package kb.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kb.engine.Evaluator;
import kb.engine.RuleFailureException;
import kb.engine.Trace;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.impact.CaseOutcome;

/**
 * What would it take: the smallest sets of changes to a case's facts that reach a better verdict
 * (or turn a factor), found by trying the {@link CandidateFacts} one at a time ({@link Screening}),
 * keeping one of each kind of effect, and then every combination of those up to a size, smallest
 * first. Every suggestion reported was evaluated on the whole changed case with the same rules.
 */
public final class WhatIf {
    private final Evaluator evaluator;
    private final Options options;
    private int evaluated;

    /** {@code target} null: every better verdict; {@code factorsOnly}: no verdict goals, only each factor's turn. */
    public record Options(String target, int maxChanges, boolean allowContradicting, int maxSuggestions, boolean factorsOnly) {
        public Options(String target, int maxChanges, boolean allowContradicting, int maxSuggestions) {
            this(target, maxChanges, allowContradicting, maxSuggestions, false);
        }
    }

    /**
     * One field of an added fact and the values of it that reach the same goal (each tried); for a
     * date, also the spans of consecutive dates tried that all work ("2013-08-18 … 2018-12-31").
     */
    public record Alternatives(String factId, String field, List<String> values, List<String> spans) {
    }

    /** A set of changes that reaches a goal, with what it does. */
    public record Suggestion(List<Change> changes, CaseOutcome outcome, Map<String, String[]> turned,
                             List<String> firesNew, List<String> stopsFiring, List<Fact> overturns,
                             List<Alternatives> alternatives) {
        public int size() {
            return changes.size();
        }

        public List<String> describe() {
            return changes.stream().map(Change::describe).toList();
        }
    }

    /** A goal (a verdict, or one factor's result) and the smallest suggestions that reach it; none when out of reach. */
    public record Goal(String kind, String factor, String result, List<Suggestion> suggestions) {
        public boolean reached() {
            return !suggestions.isEmpty();
        }
    }

    public record Result(CaseFacts facts, CaseOutcome now, List<String> verdictsBestFirst, List<Goal> verdicts,
                         List<Goal> factors, int candidates, int kinds, int evaluated, long screeningMillis,
                         long searchMillis) {
    }

    /** The verdicts of a rule base, best first. */
    public static List<String> verdicts(kb.engine.RuleBase rules) {
        return Verdicts.bestFirst(rules);
    }

    public WhatIf(Evaluator evaluator, Options options) {
        this.evaluator = evaluator;
        this.options = options;
    }

    public Result run(CaseFacts base) throws RuleFailureException {
        CaseOutcome now = outcome(base);
        List<String> order = Verdicts.bestFirst(evaluator.rules());
        List<Goal> verdictGoals = new ArrayList<>();
        List<GoalSpec> specs = new ArrayList<>();
        int current = order.indexOf(now.verdict());
        for (int i = order.size() - 1; i >= 0; i--) {
            String v = order.get(i);
            boolean wanted = options.target() != null ? v.equals(options.target()) : (current < 0 || i < current);
            if (wanted && !options.factorsOnly() && !v.equals(now.verdict())) {
                specs.add(new GoalSpec("verdict", null, v, o -> o.verdict().equals(v)));
            }
        }
        for (Map.Entry<String, String> f : now.factors().entrySet()) {
            for (String result : Verdicts.factorResultsToReach(f.getValue())) {
                String id = f.getKey();
                specs.add(new GoalSpec("factor", id, result, o -> result.equals(o.factors().get(id))));
            }
        }

        long start = System.nanoTime();
        List<Change> all = CandidateFacts.of(base, evaluator.rules());
        List<Change> allowed = all.stream().filter(c -> options.allowContradicting() || !c.contradictsDocumented()).toList();
        Screening.Signature[] signatures = screenAll(base, allowed);
        Map<Screening.Signature, List<Change>> groups = new LinkedHashMap<>();
        for (int i = 0; i < allowed.size(); i++) {
            Screening.Signature s = signatures[i];
            if (!s.entries().isEmpty() && !s.onlyRejectsItself()) {
                groups.computeIfAbsent(s, k -> new ArrayList<>()).add(allowed.get(i));
            }
        }
        List<Change> kinds = new ArrayList<>();
        for (List<Change> members : groups.values()) {
            kinds.add(members.stream().min(PLAUSIBLE).orElseThrow());
        }
        kinds.sort(PLAUSIBLE);
        long screened = System.nanoTime();

        Map<GoalSpec, List<Suggestion>> found = new LinkedHashMap<>();
        Set<GoalSpec> open = new LinkedHashSet<>(specs);
        for (int size = 1; size <= options.maxChanges() && !open.isEmpty(); size++) {
            Map<GoalSpec, List<List<Change>>> hits = new LinkedHashMap<>();
            Map<List<Change>, Integer> worsened = new java.util.IdentityHashMap<>();
            for (List<Change> combo : combinations(kinds, size)) {
                CaseOutcome o = outcome(CaseEdit.apply(base, combo, Set.of()));
                for (GoalSpec g : open) {
                    if (g.test().test(o)) {
                        hits.computeIfAbsent(g, k -> new ArrayList<>()).add(combo);
                        worsened.put(combo, worsened(now, o));
                    }
                }
            }
            for (Map.Entry<GoalSpec, List<List<Change>>> h : hits.entrySet()) {
                List<List<Change>> combos = new ArrayList<>(h.getValue());
                // Same size: first those that undo no factor already met, then the most plausible changes.
                combos.sort(Comparator.comparingInt((List<Change> c) -> worsened.get(c)).thenComparingInt(WhatIf::rank)
                        .thenComparing(WhatIf::orderKey));
                List<Suggestion> verified = new ArrayList<>();
                for (List<Change> combo : combos) {
                    if (verified.size() >= options.maxSuggestions()) {
                        break;
                    }
                    Suggestion s = verify(base, now, combo, h.getKey());
                    if (s != null) {
                        verified.add(s);
                    }
                }
                if (!verified.isEmpty()) {
                    found.put(h.getKey(), verified);
                    open.remove(h.getKey());
                }
            }
        }
        List<Goal> verdicts = new ArrayList<>();
        List<Goal> factors = new ArrayList<>();
        for (GoalSpec g : specs) {
            Goal goal = new Goal(g.kind(), g.factor(), g.result(), found.getOrDefault(g, List.of()));
            (g.factor() == null ? verdicts : factors).add(goal);
        }
        return new Result(base, now, order, verdicts, factors, allowed.size(), kinds.size(), evaluated,
                (screened - start) / 1_000_000, (System.nanoTime() - screened) / 1_000_000);
    }

    /**
     * Screens every change, on as many sessions as there are cores (each holds the case once and
     * takes its share of the changes in turn); the signatures come back in the changes' order.
     */
    private Screening.Signature[] screenAll(CaseFacts base, List<Change> changes) throws RuleFailureException {
        Screening.Signature[] out = new Screening.Signature[changes.size()];
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), changes.size() / 500 + 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kb-whatif");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            for (int p = 0; p < threads; p++) {
                int part = p;
                int parts0 = threads;
                parts.add(pool.submit(() -> {
                    try (Screening screening = new Screening(evaluator.rules(), base, Evaluator.DEFAULT_FIRING_LIMIT)) {
                        for (int i = part; i < changes.size(); i += parts0) {
                            out[i] = screening.screen(changes.get(i));
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : parts) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new RuleFailureException("the rules failed while a change was tried: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleFailureException("interrupted while trying changes", e);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private record GoalSpec(String kind, String factor, String result, Predicate<CaseOutcome> test) {
    }

    /**
     * Evaluates the suggestion on the whole case; the recorded findings about a factor it turns to
     * MET are left out (the suggestion overturns them), and it must still reach the goal.
     */
    private Suggestion verify(CaseFacts base, CaseOutcome now, List<Change> combo, GoalSpec goal) throws RuleFailureException {
        CaseOutcome first = outcome(CaseEdit.apply(base, combo, Set.of()));
        Set<String> turnedMet = new LinkedHashSet<>();
        first.factors().forEach((id, r) -> {
            if (Verdicts.MET.equals(r) && !r.equals(now.factors().get(id))) {
                turnedMet.add(id);
            }
        });
        List<Fact> overturned = Records.about(base, turnedMet);
        Set<String> leftOut = new HashSet<>();
        overturned.forEach(f -> leftOut.add(f.getId()));
        CaseOutcome o = outcome(CaseEdit.apply(base, combo, leftOut));
        if (!goal.test().test(o)) {
            return null;
        }
        Map<String, String[]> turned = new LinkedHashMap<>();
        o.factors().forEach((id, r) -> {
            if (!r.equals(now.factors().get(id))) {
                turned.put(id, new String[] {now.factors().get(id), r});
            }
        });
        List<String> firesNew = o.fired().stream().filter(id -> !now.fired().contains(id)).toList();
        List<String> stops = now.fired().stream().filter(id -> !o.fired().contains(id)).toList();
        // Other values are worth trying where they are shown: for the verdicts, not for explain's one line.
        List<Alternatives> others = goal.factor() == null ? alternatives(base, combo, leftOut, goal) : List.of();
        return new Suggestion(List.copyOf(combo), o, turned, firesNew, stops, overturned, others);
    }

    /** For each field of each added fact, the other values that reach the goal too, each evaluated. */
    private List<Alternatives> alternatives(CaseFacts base, List<Change> combo, Set<String> leftOut, GoalSpec goal)
            throws RuleFailureException {
        List<Alternatives> out = new ArrayList<>();
        List<String> ladder = null;
        for (int i = 0; i < combo.size(); i++) {
            Change c = combo.get(i);
            if (c.action() != Change.Action.ADD) {
                continue;
            }
            for (FactSchema.Field field : FactSchema.of(c.kind()).fields()) {
                List<JsonNode> values = switch (field.shape()) {
                    case CHOICE -> field.values().stream().map(v -> (JsonNode) JsonNodeFactory.instance.textNode(v)).toList();
                    case BOOLEAN -> List.of(JsonNodeFactory.instance.booleanNode(false), JsonNodeFactory.instance.booleanNode(true));
                    case DATE -> {
                        if (!c.json().has(field.name())) {
                            yield List.of();
                        }
                        if (ladder == null) {
                            ladder = DateLadder.of(base, datesOf(base));
                        }
                        yield ladder.stream().map(d -> (JsonNode) JsonNodeFactory.instance.textNode(d)).toList();
                    }
                    default -> List.of();
                };
                boolean optionalFlag = field.shape() == FactSchema.Shape.BOOLEAN && !field.required();
                if (values.isEmpty() || !c.json().has(field.name()) && !optionalFlag) {
                    continue;
                }
                List<String> works = new ArrayList<>();
                List<String> spans = new ArrayList<>();
                String spanStart = null;
                String last = null;
                for (JsonNode v : values) {
                    JsonNode given = c.json().has(field.name()) ? c.json().get(field.name())
                            : JsonNodeFactory.instance.booleanNode(false);
                    boolean ok = v.equals(given) || reaches(base, combo, i, c, field.name(), v, leftOut, goal);
                    if (ok) {
                        works.add(v.asText());
                        spanStart = spanStart == null ? v.asText() : spanStart;
                        last = v.asText();
                    } else if (spanStart != null) {
                        spans.add(span(spanStart, last));
                        spanStart = null;
                    }
                }
                if (spanStart != null) {
                    spans.add(span(spanStart, last));
                }
                if (works.size() > 1) {
                    out.add(new Alternatives(c.factId(), field.name(), works,
                            field.shape() == FactSchema.Shape.DATE ? spans : List.of()));
                }
            }
        }
        return out;
    }

    private static String span(String first, String last) {
        return first.equals(last) ? first : first + " … " + last;
    }

    /** Whether the suggestion still reaches the goal with one field of its {@code i}-th change set to {@code v}. */
    private boolean reaches(CaseFacts base, List<Change> combo, int i, Change c, String field, JsonNode v,
                            Set<String> leftOut, GoalSpec goal) throws RuleFailureException {
        Change changed = c.withField(field, v);
        try {
            changed.fact();
        } catch (IllegalStateException e) {
            return false; // e.g. an end date before the start: not a fact the loader would accept
        }
        List<Change> swapped = new ArrayList<>(combo);
        swapped.set(i, changed);
        return goal.test().test(outcome(CaseEdit.apply(base, swapped, leftOut)));
    }

    private static List<kb.facts.PartialDate> datesOf(CaseFacts base) {
        List<kb.facts.PartialDate> dates = new ArrayList<>();
        for (Fact f : base.facts()) {
            CandidateFacts.tree(f).fields().forEachRemaining(e -> {
                String t = e.getValue().asText();
                if (e.getValue().isTextual() && kb.facts.PartialDate.hasShape(t)) {
                    dates.add(kb.facts.PartialDate.parse(t));
                }
            });
        }
        return dates;
    }

    private CaseOutcome outcome(CaseFacts facts) throws RuleFailureException {
        evaluated++;
        return CaseOutcome.of(evaluator.evaluate(facts, Trace.COUNTS));
    }

    /** Multisets of {@code size} kinds of change; only an addition may appear twice (as two facts). */
    private static List<List<Change>> combinations(List<Change> kinds, int size) {
        List<List<Change>> out = new ArrayList<>();
        combine(kinds, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<Change> kinds, int size, int from, List<Integer> picked, List<List<Change>> out) {
        if (picked.size() == size) {
            List<Change> combo = new ArrayList<>();
            Set<String> touched = new HashSet<>();
            for (int k = 0; k < picked.size(); k++) {
                Change c = kinds.get(picked.get(k));
                if (c.action() != Change.Action.ADD) {
                    if (!touched.add(c.targetId())) {
                        return; // one existing fact changed twice
                    }
                    combo.add(c);
                } else {
                    combo.add(k > 0 && picked.get(k).equals(picked.get(k - 1)) ? c.withId(c.factId() + "-" + (k + 1)) : c);
                }
            }
            out.add(combo);
            return;
        }
        for (int i = from; i < kinds.size(); i++) {
            if (!picked.isEmpty() && picked.get(picked.size() - 1) == i && kinds.get(i).action() != Change.Action.ADD) {
                continue;
            }
            picked.add(i);
            combine(kinds, size, i, picked, out);
            picked.remove(picked.size() - 1);
        }
    }

    static final Comparator<Change> PLAUSIBLE = Comparator.comparingInt(Change::rank).thenComparingInt(Change::order);

    /** How many factors met now are not met after the change. */
    private static int worsened(CaseOutcome now, CaseOutcome after) {
        int n = 0;
        for (Map.Entry<String, String> e : now.factors().entrySet()) {
            if (Verdicts.MET.equals(e.getValue()) && !Verdicts.MET.equals(after.factors().get(e.getKey()))) {
                n++;
            }
        }
        return n;
    }

    private static int rank(List<Change> combo) {
        return combo.stream().mapToInt(Change::rank).sum();
    }

    private static String orderKey(List<Change> combo) {
        StringBuilder key = new StringBuilder();
        combo.forEach(c -> key.append(String.format("%08d ", c.order())));
        return key.toString();
    }
}
