package kb.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.facts.Period;
import kb.facts.SigningDates;
import kb.framework.Framework;
import kb.framework.Verdicts;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rules folder: the KieBase, the catalogue of its rules, the factors and
 * parameters, and the files (with hashes) it was built from. Immutable and shared by
 * every evaluation, including parallel ones.
 */
public final class RuleBase {
    private final Path folder;
    private final List<RuleFile> files;
    private final KieBase kieBase;
    private final RuleCatalogue catalogue;
    private final Framework framework;
    private final RuleGlobals globals;
    private final RuleModel model;
    private final Verdicts verdicts;
    /**
     * Sessions are reset and reused rather than built anew: building one (node memories,
     * agenda, entry points) is a good part of a small case's cost when a batch runs thousands.
     * The pool grows to the number of threads that evaluate at once.
     */
    private final KieSessionsPool sessions;

    private RuleBase(Path folder, List<RuleFile> files, KieBase kieBase, RuleCatalogue catalogue, Framework framework,
                     RuleGlobals globals, RuleModel model, Verdicts verdicts) {
        this.model = model;
        this.folder = folder;
        this.files = files;
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.framework = framework;
        this.globals = globals;
        this.verdicts = verdicts;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /** Reads and compiles a rules folder; any error in any file stops it, so stale rules never run. */
    public static RuleBase load(Path folder) throws RuleBuildException {
        List<RuleFile> files = RulesFolder.read(folder);
        // One JVM that runs the command line again and again on the same rules (the in-process
        // CLI fuzz target, tests) compiles them once: same folder, same bytes, same rule base.
        // The folder as named too: messages name it so (rules/ or ./rules/), and a warm JVM (the kb daemon) serves both.
        StringBuilder key = new StringBuilder(folder.toString()).append('\n').append(folder.toAbsolutePath().normalize());
        files.forEach(f -> key.append('\n').append(f.relativePath()).append(' ').append(f.sha256()));
        var last = LAST.get();
        if (last != null && last.getKey().contentEquals(key)) {
            return last.getValue();
        }
        RuleBase built = WARM_PROCESS
                ? build(folder, files, compilerOf(folder))
                : build(folder, files, CompiledRulesCache.configured());
        LAST.set(java.util.Map.entry(key.toString(), built));
        if (WARM_PROCESS) {
            AHEAD.add(compilerOf(folder));
        }
        return built;
    }

    /**
     * In a warm process, compiles in the background the files of the folders compiled whole
     * since the last call, so the next edit is compiled file by file. The kb daemon calls this
     * once a command's answer is sent, as kb watch does once a result is printed: the command
     * does not share the CPU or the heap with it.
     */
    public static void compileAhead() {
        List<FileByFileCompiler> pending;
        synchronized (AHEAD) {
            pending = List.copyOf(AHEAD);
            AHEAD.clear();
        }
        pending.forEach(FileByFileCompiler::compileAhead);
    }

    private static final java.util.Set<FileByFileCompiler> AHEAD = java.util.Collections.synchronizedSet(
            new java.util.LinkedHashSet<>());

    /**
     * A process that serves one command after another (the kb daemon, {@code -Dkb.rules.fileByFile=true})
     * compiles a rules folder as {@code kb watch} does: after an edit, only the edited file
     * ({@link FileByFileCompiler}, whose result is that of a whole compile). One compiler per folder.
     */
    private static final boolean WARM_PROCESS = Boolean.getBoolean("kb.rules.fileByFile");
    private static final java.util.Map<Path, FileByFileCompiler> COMPILERS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Path, FileByFileCompiler> eldest) {
                    if (size() > 8) {
                        eldest.getValue().close();
                        return true;
                    }
                    return false;
                }
            });

    private static FileByFileCompiler compilerOf(Path folder) {
        // The cache is looked up at each whole compile, not once: each command of the daemon brings its own
        // KB_CACHE and kb.cache.dir.
        return COMPILERS.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new FileByFileCompiler(
                (label, files, model) -> CompiledRulesCache.configured().compile(label, files, model)));
    }

    /** As {@link #load(Path)}, with the compiled rules kept in (or read from) this cache, and no memo in the JVM. */
    static RuleBase load(Path folder, CompiledRulesCache cache) throws RuleBuildException {
        return build(folder, RulesFolder.read(folder), cache);
    }

    /**
     * As {@link #load(Path)} for a process that builds the same folder again and again as it is
     * edited ({@code kb watch}): only the files changed since {@code compiler} last saw them are
     * compiled; the result is the same as compiling the whole folder.
     */
    public static RuleBase load(Path folder, FileByFileCompiler compiler) throws RuleBuildException {
        return build(folder, RulesFolder.read(folder), compiler);
    }

    /**
     * After an Error or a Thread.stop inside the engine a pooled session may be left in any
     * state: this rule base is not handed out again; the next load compiles afresh.
     */
    void retire() {
        var last = LAST.get();
        if (last != null && last.getValue() == this) {
            LAST.compareAndSet(last, null);
        }
    }

    private static final java.util.concurrent.atomic.AtomicReference<java.util.Map.Entry<String, RuleBase>> LAST =
            new java.util.concurrent.atomic.AtomicReference<>();

    private static RuleBase build(Path folder, List<RuleFile> files, Compilation cache) throws RuleBuildException {
        String label = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
        List<String> problems = new ArrayList<>();
        Profile.phase("rules folder read (" + files.size() + " files, hashed)");
        Framework framework = Framework.read(folder.resolve(RulesFolder.FACTORS_FILE),
                bytesOf(files, RulesFolder.FACTORS_FILE), folder.resolve(RulesFolder.PARAMETERS_FILE),
                bytesOf(files, RulesFolder.PARAMETERS_FILE), problems);
        Profile.phase("factors and parameters checked");
        RuleModel model = RuleModel.read(label, files);
        Profile.phase("rule model parsed (Drools' DRL parser)");
        problems.addAll(0, model.problems());
        Verdicts verdicts = Verdicts.read(folder.resolve(RulesFolder.VERDICTS_FILE),
                bytesOf(files, RulesFolder.VERDICTS_FILE), problems);
        KieBase kieBase = null;
        try {
            kieBase = cache.compile(label, files, model);
        } catch (RuleBuildException e) {
            problems.addAll(0, e.problems());
        }
        RuleGlobals globals = null;
        if (problems.isEmpty()) { // names are checked against a rules folder that compiles and a parameters file that reads
            globals = RuleGlobals.of(kieBase, framework.parameters());
            problems.addAll(globals.problems(label, model));
            problems.addAll(ConditionChecks.problems(label, model));
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        RuleBase rules = new RuleBase(folder, files, kieBase, RuleCatalogue.of(kieBase, label, model), framework, globals,
                model, verdicts);
        // The verdict table is checked at every build, not only by kb validate: a gap or an
        // overlap would otherwise give a missing or arbitrary verdict with exit 0.
        List<String> tableProblems = VerdictTableCheck.problems(label, rules);
        if (!tableProblems.isEmpty()) {
            throw new RuleBuildException(tableProblems);
        }
        Profile.phase("rule base ready (globals checked, rules catalogued, verdict table checked)");
        return rules;
    }

    private static byte[] bytesOf(List<RuleFile> files, String name) {
        return files.stream().filter(f -> f.relativePath().equals(name)).map(RuleFile::bytes).findFirst().orElse(null);
    }

    public Path folder() {
        return folder;
    }

    public List<RuleFile> files() {
        return files;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * An empty session with the globals set for a case of this period (null when no fact
     * reads it, as in a check of the verdict table) and these signing dates: the case's own,
     * {@code SigningDates.of(facts)}, when its facts go in once, or {@link SigningDates#ANY} when
     * legal instruments are added or removed while the session runs (a condition reads the
     * global once per fact, as the fact goes in). {@code dispose()} resets it and gives it back
     * for the next evaluation.
     */
    public KieSession newSession(Period period, SigningDates signings) {
        KieSession session = sessions.newKieSession();
        globals.setOn(session, period, signings);
        return session;
    }

    /** Every rule as Drools' parser read it: file, line, metadata, what it reads and makes. */
    public RuleModel model() {
        return model;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The verdicts of verdicts.json, with their labels. */
    public Verdicts verdicts() {
        return verdicts;
    }

    public Framework framework() {
        return framework;
    }
}
