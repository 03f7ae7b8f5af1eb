package kb.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kb.conclusions.Candidate;
import kb.conclusions.FactorResult;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Verdict;
import kb.engine.FactorOutcome.IndicatorOutcome;
import kb.facts.CaseFacts;
import kb.facts.Fact;
import kb.framework.FactorDefinition;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a {@link RuleBase} on one case in a fresh session: sets the globals (parameters, period),
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
        KieSession session = rules.newSession(facts.partnership().getPeriod());
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
            alarm.disarm();
            RuleContainment.done(self);
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

    private Evaluation read(KieSession session, CaseFacts facts, FiringLog log, boolean withCandidates) {
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
        Verdict verdict = null;
        RuleInfo row = null;
        for (Map.Entry<Object, List<Justification>> e : decisions) {
            if (e.getKey() instanceof Verdict v && (verdict == null || v.toString().compareTo(verdict.toString()) < 0)) {
                verdict = v;
                row = e.getValue().isEmpty() ? null : e.getValue().get(0).rule();
            }
        }
        Set<String> fired = new LinkedHashSet<>();
        log.counts().keySet().forEach(name -> fired.add(rules.catalogue().require(name).id()));
        return new Evaluation(facts, factors, verdict, row, fired, why, List.copyOf(log.firings()));
    }

    private FactorOutcome outcome(FactorDefinition factor, List<Map.Entry<Object, List<Justification>>> decisions) {
        Boolean met = null;
        RuleInfo decidedBy = null;
        Set<String> satisfied = new LinkedHashSet<>();
        for (Map.Entry<Object, List<Justification>> e : decisions) {
            if (e.getKey() instanceof FactorResult r && r.getFactor().equals(factor.getId())) {
                // Should two rules disagree, "not met" wins: a factor is met only when nothing says otherwise.
                if (met == null || !r.isMet()) {
                    met = r.isMet();
                    decidedBy = e.getValue().isEmpty() ? null : e.getValue().get(0).rule();
                }
            } else if (e.getKey() instanceof IndicatorSatisfied i && i.getFactor().equals(factor.getId())) {
                satisfied.add(i.getIndicator());
            }
        }
        List<IndicatorOutcome> indicators = rules.catalogue().indicatorsOf(factor.getId()).stream()
                .map(id -> new IndicatorOutcome(id, satisfied.contains(id))).toList();
        return new FactorOutcome(factor, Boolean.TRUE.equals(met), decidedBy, indicators);
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
