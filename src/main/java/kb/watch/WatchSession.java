package kb.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.FileByFileCompiler;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.engine.RuleFailureException;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.report.ResultTable;

/**
 * The state of {@code kb watch}: the last good rules, facts and result. {@link #refresh()}
 * looks at the rules folder and the case once; when something changed it evaluates again and
 * prints the result and what changed since the last good one. Broken rules or facts print
 * their errors and leave the last good result in place. No timing lives here, so tests drive
 * it edit by edit; {@link WatchLoop} calls it on a clock.
 */
public final class WatchSession {
    /** How the last run ended, so a watch stopped by --max-runs exits as a single run would. */
    public enum Status { OK, RULES_BROKEN, BAD_FACTS, RULE_FAILURE }

    private Status lastStatus = Status.OK;
    private final Path rulesFolder;
    private final Path caseFolder;
    private final CaseLoader loader;
    private final int firingLimit;
    private final PrintWriter out;

    private final java.time.Duration timeout;
    private FolderSnapshot seen = new FolderSnapshot(java.util.Map.of());
    /** Keeps each rule file compiled, so a save recompiles only the file saved. */
    private final FileByFileCompiler compiler = FileByFileCompiler.withConfiguredCache();
    private RuleBase rules;
    private CaseFacts facts;
    /** A change seen but not yet loaded: it stays pending until a load succeeds, even if the other side failed. */
    private boolean rulesPending = true;
    private boolean factsPending = true;
    private Evaluation lastGood;
    private int lastGoodRun;
    private int runs;

    public WatchSession(Path rulesFolder, Path caseFolder, CaseLoader loader, int firingLimit, PrintWriter out) {
        this(rulesFolder, caseFolder, loader, firingLimit, kb.engine.Evaluator.DEFAULT_TIMEOUT, out);
    }

    public WatchSession(Path rulesFolder, Path caseFolder, CaseLoader loader, int firingLimit,
            java.time.Duration timeout, PrintWriter out) {
        this.rulesFolder = rulesFolder;
        this.caseFolder = caseFolder;
        this.loader = loader;
        this.firingLimit = firingLimit;
        this.timeout = timeout;
        this.out = out;
    }

    /** The files this session reads, as they are now. */
    public FolderSnapshot look() {
        return FolderSnapshot.of(rulesFolder, caseFolder);
    }

    /** Evaluates again if anything changed since the last run; returns whether it ran. */
    public boolean refresh() {
        return refresh(look());
    }

    /** Whether {@code now} differs from what the last run saw. */
    public boolean refreshNeeded(FolderSnapshot now) {
        return runs == 0 || !now.changedSince(seen).isEmpty();
    }

    /** Evaluates again if {@code now} differs from what the last run saw. */
    public boolean refresh(FolderSnapshot now) {
        List<Path> changed = now.changedSince(seen);
        if (runs > 0 && changed.isEmpty()) {
            return false;
        }
        rulesPending |= changed.stream().anyMatch(p -> p.startsWith(rulesFolder));
        factsPending |= changed.stream().anyMatch(p -> p.startsWith(caseFolder));
        boolean rulesChanged = rulesPending;
        seen = now;
        runs++;
        out.println(runs == 1 ? "== run 1: " + caseFolder + " with the rules in " + rulesFolder
                : "== run " + runs + ": changed " + changed.stream().map(Path::toString).collect(Collectors.joining(", ")));
        long start = System.nanoTime();
        long compiled = start;
        try {
            if (rulesPending) {
                rules = RuleBase.load(rulesFolder, compiler);
                rulesPending = false;
                compiled = System.nanoTime();
            }
            if (factsPending) {
                facts = loader.load(caseFolder);
                factsPending = false;
            }
            Evaluation result = new Evaluator(rules, firingLimit, timeout).evaluate(facts, false);
            ResultTable.print(result, out);
            report(result);
            lastStatus = Status.OK;
            // Where the time goes, so a slow answer can be traced to the compiler or the rules.
            out.println("(run " + runs + ": " + millis(System.nanoTime() - start) + " ms"
                    + (rulesChanged ? ", of which compiling the rules " + millis(compiled - start) + " ms" : "") + ")");
        } catch (RuleBuildException e) {
            e.problems().forEach(p -> out.println(kb.report.Printable.line(p)));
            lastStatus = Status.RULES_BROKEN;
            keeping("the rules do not build");
        } catch (BadFactsException e) {
            kb.report.ProblemList.limited(e.problems()).forEach(p -> out.println(kb.report.Printable.line(p)));
            lastStatus = Status.BAD_FACTS;
            keeping("the facts cannot be read");
        } catch (RuleFailureException e) {
            out.println(kb.report.Printable.line(e.getMessage()));
            lastStatus = Status.RULE_FAILURE;
            // A rule stopped by force may leave the compiled rules' pooled session broken: compile afresh next time.
            rulesPending = true;
            keeping("the rules failed while running");
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Rules are Java: whatever else they throw (while compiling or running) must not end the watcher.
            out.println(kb.report.Printable.line("the rules failed: " + e));
            keeping("the rules failed");
        }
        out.flush();
        // The result is out: compile the rule files one by one while the analyst reads it.
        compiler.compileAhead();
        return true;
    }

    private void report(Evaluation result) {
        if (lastGood == null) {
            out.println("First result (run " + runs + "); watching for changes.");
        } else {
            List<String> changes = ResultChanges.between(lastGood, result);
            out.println(changes.isEmpty() ? "No change since run " + lastGoodRun + "."
                    : "Changes since run " + lastGoodRun + ":");
            changes.forEach(c -> out.println("  " + c));
        }
        lastGood = result;
        lastGoodRun = runs;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private void keeping(String why) {
        out.println(lastGood == null ? "No result yet: " + why + "; waiting for a fix."
                : "Keeping the result of run " + lastGoodRun + ": " + why + ".");
    }

    /** How this session compiles the rules (tests: to wait for the files compiled ahead, and count compiles). */
    FileByFileCompiler compiler() {
        return compiler;
    }

    public Status lastStatus() {
        return lastStatus;
    }

    public int runs() {
        return runs;
    }

    /** The last result that was printed in full, or null before the first good run. */
    public Evaluation lastGood() {
        return lastGood;
    }
}
