package kb.api;

import java.nio.file.Path;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.RuleBuildException;
import kb.engine.RuleFailureException;
import kb.engine.RuleBase;
import kb.engine.Trace;

/**
 * A rules folder, compiled: the six factors, the verdict table, the parameters. Build it once
 * and evaluate any number of cases with it, from any number of threads.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.load(Path.of("rules"));
 * Result r = kb.evaluate(Case.fromFolder(Path.of("facts/batam-gimje")));
 * }</pre>
 */
public final class KnowledgeBase {
    private final Evaluator evaluator;

    private KnowledgeBase(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Reads and compiles a rules folder ({@code rules/} of the project, or an analyst's copy).
     * Any error in any file stops it, so stale or half-built rules never run.
     *
     * @throws KbException ({@link KbException.Kind#RULES_BROKEN}) with every problem, each
     *         {@code file:line: message}
     */
    public static KnowledgeBase load(Path rulesFolder) throws KbException {
        try {
            return new KnowledgeBase(new Evaluator(RuleBase.load(rulesFolder)));
        } catch (RuleBuildException e) {
            throw new KbException(KbException.Kind.RULES_BROKEN, e.problems());
        }
    }

    /** The rules folder it was built from. */
    public Path rulesFolder() {
        return evaluator.rules().folder();
    }

    /**
     * Evaluates one case: each factor, the verdict, and why, kept for {@link Result#explain()}
     * and {@link Result#audit()}.
     *
     * @throws KbException ({@link KbException.Kind#RULE_FAILURE}) when a rule throws or the
     *         rules keep firing; the message names the rule, its {@code file:line} and the facts
     */
    public Result evaluate(Case c) throws KbException {
        try {
            // The full trace: explanations and audit records are built from it (about 1.2x the cost of none).
            Evaluation e = evaluator.evaluate(c.facts(), Trace.FULL);
            return Result.of(c, e, evaluator.rules());
        } catch (RuleFailureException e) {
            throw new KbException(KbException.Kind.RULE_FAILURE, java.util.List.of(e.getMessage()));
        }
    }
}
