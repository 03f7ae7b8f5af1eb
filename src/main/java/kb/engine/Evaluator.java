package kb.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import kb.conclusions.Candidate;
import kb.conclusions.EvidenceBears;
import kb.conclusions.FactorMet;
import kb.conclusions.FactorResult;
import kb.conclusions.FactorStatus;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Verdict;
import kb.framework.VerdictDefinition;
import kb.framework.Verdicts;
import kb.engine.FactorOutcome.IndicatorOutcome;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.facts.SigningDates;
import kb.framework.FactorDefinition;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a {@link RuleBase} on one case in a fresh session: sets the globals (parameters, period, signing dates),
 * inserts the factors, the partnership and its facts (always in the same order), fires, and reads the results.
 * Thread-safe: each call has its own session.
 */
public final class Evaluator {
    /** Far above any real case (Batam–Gimje fires a few dozen rules) yet stops a loop quickly. */
    public static final int DEFAULT_FIRING_LIMIT = 1_000_000;

    /** Generous: Batam–Gimje takes milliseconds, a million activities about ten seconds here. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final RuleBase rules;
    private final int firingLimit;
    private final Duration timeout;

    public Evaluator(RuleBase rules, int firingLimit, Duration timeout) {
        this.rules = rules;
        this.firingLimit = firingLimit;
        this.timeout = timeout;
    }

    public Evaluator(RuleBase rules, int firingLimit) {
        this(rules, firingLimit, DEFAULT_TIMEOUT);
    }

    public Evaluator(RuleBase rules) {
        this(rules, DEFAULT_FIRING_LIMIT);
    }

    public RuleBase rules() {
        return rules;
    }

    /** Evaluates; with {@code traced}, every firing is kept for an audit record. */
    public Evaluation evaluate(CaseFacts facts, boolean traced) throws RuleFailureException {
        return evaluate(facts, traced ? Trace.FULL : Trace.COUNTS);
    }

    /** Evaluates with as much of the firing trail as {@code trace} asks for. */
    public Evaluation evaluate(CaseFacts facts, Trace trace) throws RuleFailureException {
        // Globals first: conditions test them as constants while each fact goes in.
        // The facts go in once and never change here, so the rules may read the case's own signing dates.
        KieSession session = rules.newSession(facts.partnership().getPeriod(), SigningDates.of(facts.facts()));
        FiringLog log = new FiringLog(rules.catalogue(), trace == Trace.FULL);
        if (trace != Trace.NONE) {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) log);
        }
        if (trace == Trace.FULL) {
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
        }
        try {
            insertAll(session, facts);
            int fired = fire(session, log);
            if (fired >= firingLimit) {
                throw new RuleFailureException("rules stopped after " + fired + " firings (limit " + firingLimit
                        + "); they kept firing: " + busiest(log.counts()) + ". A rule probably re-triggers itself;"
                        + " raise --max-firings only if the case is really this large");
            }
            return read(session, facts, log, trace == Trace.FULL);
        } finally {
            // A pooled session keeps its listeners across a reset: take this case's log off first.
            session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) log);
            session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
            session.dispose();
        }
    }

    private void insertAll(KieSession session, CaseFacts facts) throws RuleFailureException {
        Object current = null;
        try {
            for (Object o : rules.framework().factors()) {
                session.insert(current = o);
            }
            session.insert(current = facts.partnership());
            for (Fact f : facts.facts()) {
                session.insert(current = f);
            }
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Errors too (a StackOverflowError, an AssertionError): one message, never a stack trace.
            throw new RuleFailureException("a rule condition failed while inserting " + current + ": " + rootMessage(e), e);
        }
    }

    private int fire(KieSession session, FiringLog log) throws RuleFailureException {
        Thread self = Thread.currentThread();
        RuleTimeout alarm = RuleTimeout.arm(session, self, timeout, () -> runningRule(log));
        RuleContainment.running(self, () -> runningRule(log));
        try {
            int fired = session.fireAllRules(firingLimit);
            if (alarm.expired()) {
                throw alarm.failure();
            }
            return fired;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Errors too: a StackOverflowError or AssertionError in a consequence, and the
            // ThreadDeath the timeout uses to end a rule stuck in a loop.
            if (e instanceof Error || alarm.expired()) {
                rules.retire();
            }
            if (alarm.expired()) {
                throw alarm.failure();
            }
            Match m = log.current();
            if (m == null) {
                throw new RuleFailureException("a rule condition failed: " + rootMessage(e), e);
            }
            RuleInfo rule = rules.catalogue().require(m.getRule().getName());
            String ids = Justifications.domainObjects(m.getObjects()).stream().map(Evaluator::idOf)
                    .collect(Collectors.joining(", "));
            throw new RuleFailureException("rule " + rule.id() + " \"" + rule.name() + "\" (" + rule.location()
                    + ") failed on facts [" + ids + "]: " + rootMessage(e), e);
        } finally {
            // First: the bookkeeping below must not be skipped if disarming fails (out of memory).
            RuleContainment.done(self);
            alarm.disarm();
        }
    }

    /** The rule whose consequence is running, for messages from other threads (timeout, System.exit). */
    private String runningRule(FiringLog log) {
        Match m = log == null ? null : log.current();
        if (m == null) {
            return "a rule (not known: no rule was firing, or the run kept no log)";
        }
        RuleInfo rule = rules.catalogue().byName(m.getRule().getName()).orElse(null);
        return rule == null ? "rule \"" + m.getRule().getName() + "\""
                : "rule " + rule.id() + " \"" + rule.name() + "\" (" + rule.location() + ")";
    }

    private Evaluation read(KieSession session, CaseFacts facts, FiringLog log, boolean withCandidates)
            throws RuleFailureException {
        Map<Object, List<Justification>> why = Justifications.read(session, rules.catalogue(), withCandidates);
        // Factors and the verdict are read from the few conclusions above the per-fact ones.
        List<Map.Entry<Object, List<Justification>>> decisions = new ArrayList<>();
        for (Map.Entry<Object, List<Justification>> e : why.entrySet()) {
            if (!(e.getKey() instanceof Candidate)) {
                decisions.add(e);
            }
        }
        List<FactorOutcome> factors = new ArrayList<>();
        for (FactorDefinition factor : rules.framework().factors()) {
            factors.add(outcome(factor, decisions));
        }
        VerdictOutcome verdict = verdict(factors, decisions);
        Set<String> fired = new LinkedHashSet<>();
        log.firedNames().forEach(name -> fired.add(rules.catalogue().require(name).id()));
        return new Evaluation(facts, factors, verdict, fired, why, List.copyOf(log.firings()));
    }

    /**
     * The one result of a factor. A factor with no result, or with two (or one result two rules
     * justify), is a fault of the rules: it is reported with the rules, never settled here.
     */
    private FactorOutcome outcome(FactorDefinition factor, List<Map.Entry<Object, List<Justification>>> decisions)
            throws RuleFailureException {
        String id = factor.getId();
        List<Map.Entry<Object, List<Justification>>> results = new ArrayList<>();
        List<RuleInfo> met = new ArrayList<>();
        List<RuleInfo> bears = new ArrayList<>();
        Set<String> satisfied = new LinkedHashSet<>();
        for (Map.Entry<Object, List<Justification>> e : decisions) {
            Object c = e.getKey();
            if (c instanceof FactorResult r && r.factor().equals(id)) {
                results.add(e);
            } else if (c instanceof FactorMet m && m.factor().equals(id)) {
                e.getValue().forEach(j -> met.add(j.rule()));
            } else if (c instanceof EvidenceBears b && b.factor().equals(id)) {
                e.getValue().forEach(j -> bears.add(j.rule()));
            } else if (c instanceof IndicatorSatisfied i && i.factor().equals(id)) {
                satisfied.add(i.indicator());
            }
        }
        int justifications = results.stream().mapToInt(e -> e.getValue().size()).sum();
        if (results.isEmpty()) {
            throw new RuleFailureException("factor " + id + " has no result: no rule concluded a FactorResult for it."
                    + " The rules that decide every factor are " + locations(rules.catalogue().all().stream()
                            .filter(r -> r.concludes(FactorResult.class)).toList())
                    + "; each factor is decided there, once, from its FactorMet and EvidenceBears");
        }
        if (results.size() > 1 || justifications > 1) {
            List<String> ways = new ArrayList<>();
            results.stream().sorted(java.util.Comparator.comparing(e -> e.getKey().toString())).forEach(e ->
                    ways.add(((FactorResult) e.getKey()).status().text() + " by " + locations(
                            e.getValue().stream().map(Justification::rule).toList())));
            throw new RuleFailureException("factor " + id + " is decided more than once: " + String.join("; ", ways)
                    + ". Each factor is decided once, by the rules that decide every factor (rules/decide.drl); a"
                    + " factor's own rules conclude FactorMet (its condition holds) or EvidenceBears (something rules"
                    + " it out), never a FactorResult");
        }
        FactorResult result = (FactorResult) results.get(0).getKey();
        RuleInfo decidedBy = results.get(0).getValue().isEmpty() ? null : results.get(0).getValue().get(0).rule();
        List<RuleInfo> because = switch (result.status()) {
            case MET -> sorted(met);
            case NOT_MET -> sorted(bears);
            case UNDETERMINED -> List.of();
        };
        List<IndicatorOutcome> indicators = rules.catalogue().indicatorsOf(id).stream()
                .map(i -> new IndicatorOutcome(i, satisfied.contains(i))).toList();
        return new FactorOutcome(factor, result.status(), decidedBy, because, indicators);
    }

    /**
     * The verdict: the table's row when every factor is MET or NOT MET; otherwise the verdicts the
     * table gives over every way the undetermined factors could come out.
     */
    private VerdictOutcome verdict(List<FactorOutcome> factors, List<Map.Entry<Object, List<Justification>>> decisions)
            throws RuleFailureException {
        Map<String, FactorStatus> known = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        for (FactorOutcome f : factors) {
            if (f.status() == FactorStatus.UNDETERMINED) {
                open.add(f.factor().getId());
            }
            known.put(f.factor().getId(), f.status());
        }
        if (open.isEmpty()) {
            List<Map.Entry<Object, List<Justification>>> verdicts = decisions.stream()
                    .filter(e -> e.getKey() instanceof Verdict).toList();
            List<RuleInfo> rows = verdicts.stream().flatMap(e -> e.getValue().stream()).map(Justification::rule).toList();
            if (rows.size() != 1) {
                throw new RuleFailureException((rows.isEmpty() ? "no row of the verdict table gave a verdict"
                        : "rows " + locations(rows) + " all gave a verdict") + " for " + VerdictTableCheck.describe(known)
                        + "; every combination needs exactly one row (kb validate checks the table)");
            }
            String id = ((Verdict) verdicts.get(0).getKey()).id();
            return new VerdictOutcome(id, List.of(definition(id, rows.get(0))), rows.get(0), List.of());
        }
        VerdictTable table = new VerdictTable(rules);
        List<VerdictOutcome.Completion> completions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, FactorStatus> c : VerdictTable.completions(known, open)) {
            VerdictTable.Outcome o = table.run(c);
            if (o.rows().size() != 1 || o.verdicts().size() != 1) {
                throw new RuleFailureException("the verdict table gives " + o.verdicts().size() + " verdicts when "
                        + VerdictTableCheck.describe(c) + "; every combination needs exactly one row");
            }
            Map<String, FactorStatus> assumed = new LinkedHashMap<>();
            open.forEach(f -> assumed.put(f, c.get(f)));
            String id = o.verdicts().get(0);
            completions.add(new VerdictOutcome.Completion(assumed, definition(id, o.rows().get(0)), o.rows().get(0)));
            seen.add(id);
        }
        List<VerdictDefinition> possible = new ArrayList<>();
        rules.verdicts().all().stream().filter(v -> seen.contains(v.getId())).forEach(possible::add);
        String id = possible.size() == 1 ? possible.get(0).getId() : Verdicts.UNDETERMINED;
        return new VerdictOutcome(id, possible, null, completions);
    }

    private VerdictDefinition definition(String id, RuleInfo row) throws RuleFailureException {
        return rules.verdicts().get(id).orElseThrow(() -> new RuleFailureException("row " + row.id() + " ("
                + row.location() + ") gives \"" + id + "\", which is not a verdict of verdicts.json; allowed: "
                + String.join(", ", rules.verdicts().ids())));
    }

    private static List<RuleInfo> sorted(List<RuleInfo> rules) {
        return rules.stream().distinct().sorted(java.util.Comparator.comparing(RuleInfo::file)
                .thenComparingInt(RuleInfo::line)).toList();
    }

    /** "D.MET (rules/decide.drl:15), F3.X (rules/f3-x.drl:4)". */
    private static String locations(List<RuleInfo> rules) {
        return sorted(rules).stream().map(r -> (r.id().isBlank() ? "\"" + r.name() + "\"" : r.id()) + " (" + r.location() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String busiest(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "(not known: evaluated without a listener)";
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                .map(e -> "\"" + e.getKey() + "\" x" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String idOf(Object o) {
        return o instanceof Fact f ? f.getId() : String.valueOf(o);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
