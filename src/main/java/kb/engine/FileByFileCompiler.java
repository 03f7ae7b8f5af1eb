package kb.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a rules folder for a process that builds it again at every save ({@code kb watch}):
 * each rule file's compiled packages are kept, serialised, under the SHA-256 of the DRL they
 * were compiled from, so after an edit only the edited file is compiled; the packages of the
 * others are read back as new objects (no two KieBases share a rule) and the KieBase is built
 * from them all. A save is answered in about half the time of compiling the whole folder.
 *
 * <p>The result is always what compiling the whole folder gives, or that compile itself runs:
 * when a file declares something another file could use (a type, a function, a query: see
 * {@code RuleModel.Source.standsAlone}), two files name the same rule or declare one global
 * with two types, a changed file does not compile on its own (it may read a global another
 * file declares), more than one file is new, or building from the parts fails. Messages for
 * broken rules therefore always come from that whole compile, exactly as for every other command.
 *
 * <p>After a whole compile, {@link #compileAhead()} compiles the files not yet kept one by one
 * on a background thread, so the next save finds them.
 */
public final class FileByFileCompiler implements Compilation, AutoCloseable {
    /** Versions kept (path and content): an analyst's back-and-forth edits reuse them. */
    private static final int KEEP = 64;
    /** Marks a file version that does not compile on its own. */
    private static final byte[] NOT_ALONE = new byte[0];

    private final Compilation whole;
    private final Map<String, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEEP;
        }
    };
    /** One daemon thread, gone after a few idle seconds, so a finished watch (or test) leaves none behind. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "kb-compile-ahead");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    {
        background.allowCoreThreadTimeOut(true);
    }
    /**
     * The files of the last whole compile, in the order its rules were loaded: the KieBase built
     * from parts gives each rule the load order the whole compile gave it (the agenda breaks ties
     * by it), so the rules fire in the same order, not only to the same end.
     */
    private volatile List<String> wholeOrder = List.of();
    /** The files of the last whole compile not kept yet, for {@link #compileAhead()}. */
    private volatile List<RuleModel.Source> ahead = List.of();
    private final AtomicInteger compiledAlone = new AtomicInteger();
    private final AtomicInteger wholeCompiles = new AtomicInteger();

    /** @param whole how the whole folder is compiled when this cannot go file by file (e.g. through the cache) */
    public FileByFileCompiler(Compilation whole) {
        this.whole = whole;
    }

    /** Compiles whole folders as every other command does: through the configured cache, read only. */
    public static FileByFileCompiler withConfiguredCache() {
        return new FileByFileCompiler(CompiledRulesCache.configured());
    }

    @Override
    public KieBase compile(String folderLabel, List<RuleFile> files, RuleModel model) throws RuleBuildException {
        KieBase parts = fromParts(model);
        if (parts != null) {
            Profile.phase("rules built file by file");
            return parts;
        }
        wholeCompiles.incrementAndGet();
        KieBase compiled = whole.compile(folderLabel, files, model);
        wholeOrder = loadOrderOfFiles(compiled);
        if (separable(model)) {
            ahead = model.sources().stream().filter(s -> kept(key(s)) == null).toList();
        }
        return compiled;
    }

    /**
     * Compiles, on a background thread, the files the last whole compile left unkept, so the
     * next save is answered file by file. Called once the result is shown, so it does not
     * compete with the evaluation for a small machine's cores.
     */
    public void compileAhead() {
        List<RuleModel.Source> files = ahead;
        ahead = List.of();
        if (!files.isEmpty()) {
            background.execute(() -> files.forEach(this::compileAlone));
        }
    }

    /** The KieBase built from each file's own packages, or null when the whole folder must be compiled. */
    private KieBase fromParts(RuleModel model) {
        if (!separable(model)) {
            return null;
        }
        List<RuleModel.Source> missing = model.sources().stream().filter(s -> kept(key(s)) == null).toList();
        if (missing.size() > 1 || !new HashSet<>(wholeOrder).equals(
                model.sources().stream().map(RuleModel.Source::compiledPath).collect(Collectors.toSet()))) {
            return null; // a file added or removed: the whole compile sets the order of the files
        }
        for (RuleModel.Source s : missing) {
            compileAlone(s);
        }
        try {
            Map<String, RuleModel.Source> byPath = new HashMap<>();
            model.sources().forEach(s -> byPath.put(s.compiledPath(), s));
            List<KiePackage> packages = new ArrayList<>();
            int loadOrder = 0;
            for (String path : wholeOrder) {
                byte[] bytes = kept(key(byPath.get(path)));
                if (bytes == null || bytes == NOT_ALONE) {
                    return null;
                }
                Collection<KiePackage> own = CompiledRulesCache.packages(bytes);
                List<RuleImpl> rules = new ArrayList<>();
                own.forEach(p -> p.getRules().forEach(r -> rules.add((RuleImpl) r)));
                rules.sort(Comparator.comparingInt(RuleImpl::getLoadOrder));
                for (RuleImpl r : rules) {
                    r.setLoadOrder(loadOrder++);
                }
                packages.addAll(own);
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return kieBase;
        } catch (Exception | LinkageError e) {
            return null; // the whole compile decides, with its own messages
        }
    }

    /** The compiled paths of a KieBase's rules, ordered by the load order of their first rule. */
    private static List<String> loadOrderOfFiles(KieBase kieBase) {
        Map<String, Integer> first = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                RuleImpl rule = (RuleImpl) r;
                if (rule.getResource() == null || rule.getResource().getSourcePath() == null) {
                    return List.of(); // not from a file: never built from parts
                }
                first.merge(RuleCompiler.compiledRelative(rule.getResource().getSourcePath()), rule.getLoadOrder(), Math::min);
            }
        }
        return first.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /**
     * True when the files can be compiled apart and put together: none declares anything
     * another could use, no rule name is used twice, no global is declared with two types.
     */
    private static boolean separable(RuleModel model) {
        if (model.sources().isEmpty() || !model.problems().isEmpty()
                || !model.sources().stream().allMatch(RuleModel.Source::standsAlone)) {
            return false;
        }
        Map<String, String> names = new HashMap<>();
        for (ModelRule r : model.rules()) {
            if (names.put(r.name(), r.file()) != null) {
                return false;
            }
        }
        Map<String, String> globals = new HashMap<>();
        for (RuleModel.GlobalAt g : model.globals()) {
            String type = globals.putIfAbsent(g.name(), g.type());
            if (type != null && !type.equals(g.type())) {
                return false;
            }
        }
        return true;
    }

    /** Compiles one file on its own and keeps its packages (or that it does not compile alone). */
    private void compileAlone(RuleModel.Source s) {
        String key = key(s);
        if (kept(key) != null) {
            return;
        }
        byte[] bytes = NOT_ALONE;
        try {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            builder.add(ResourceFactory.newByteArrayResource(s.compiled())
                    .setSourcePath(RuleCompiler.RESOURCE_ROOT + s.compiledPath()), ResourceType.DRL);
            if (!builder.hasErrors()) {
                bytes = CompiledRulesCache.serialised(builder.getKnowledgePackages());
            }
        } catch (Exception | LinkageError e) {
            // NOT_ALONE: the whole compile will say what is wrong, if anything
        }
        compiledAlone.incrementAndGet();
        synchronized (kept) {
            kept.put(key, bytes);
        }
    }

    private byte[] kept(String key) {
        synchronized (kept) {
            return kept.get(key);
        }
    }

    /** The file's path in the compiled folder and the SHA-256 of the DRL compiled for it. */
    private static String key(RuleModel.Source s) {
        return s.compiledPath() + "\n" + RulesFolder.sha256(s.compiled());
    }

    /** Files compiled on their own so far (tests). */
    public int filesCompiledAlone() {
        return compiledAlone.get();
    }

    /** Whole-folder compiles so far (tests). */
    public int wholeCompiles() {
        return wholeCompiles.get();
    }

    /** Compiles ahead and waits until it is done (tests). */
    public void awaitCompiledAhead() throws Exception {
        compileAhead();
        background.submit(() -> { }).get(2, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
