package kb.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kb.report.AtomicFiles;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.impl.KnowledgePackageImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps what compiling a rules folder produces between runs, so a run whose rules did not
 * change skips the compiler: most of a cold one-case run is the first use of Drools', MVEL's
 * and the Eclipse compiler's code, not the evaluation (README, Speed).
 *
 * <p>An entry is the KieBase's packages in Drools' own serialisation (compiled consequences
 * travel as byte code), named by a key: the SHA-256 of every file of the folder (path and
 * bytes: the rules, the decision table, parameters.json, factors.json), the code of the tool
 * and of Drools (jar path, size and time), and the Java runtime. Any change in any of them is
 * another key, so a stale entry can never be read. An entry that does not read back — cut
 * short, damaged, written by another tool or JDK — is ignored and compiled again. Only a
 * successful build is stored, so error messages always come from the compiler itself.
 * Entries are written to a temp file and renamed, so parallel runs never read half an entry.
 *
 * <p>Where: {@code -Dkb.cache.dir}, else {@code <kb.home>/target/rules-cache} (the launcher
 * sets {@code kb.home}); without either, nothing is cached. {@code KB_CACHE=off} (or
 * {@code -Dkb.cache=off}) turns it off; {@code -Dkb.cache=read} reads but never writes
 * ({@code kb watch}, whose every save would otherwise add an entry).
 */
final class CompiledRulesCache implements Compilation {
    /** Changes whenever the layout of an entry changes. */
    static final String FORMAT = "kb-compiled-rules-1";
    private static final byte[] MAGIC = FORMAT.getBytes(StandardCharsets.US_ASCII);
    /** Entries kept; the oldest beyond these go when one is written (an analyst's edits make many). */
    private static final int KEEP = 8;
    /** What may appear in an entry: Drools' and MVEL's rule model, the JDK, the tool's fact classes. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;kb.**;!*");

    private final Path dir;
    private final boolean writes;

    private CompiledRulesCache(Path dir, boolean writes) {
        this.dir = dir;
        this.writes = writes;
    }

    /** The cache as the environment and system properties ask for it. */
    static CompiledRulesCache configured() {
        String mode = System.getProperty("kb.cache", System.getenv().getOrDefault("KB_CACHE", "on"));
        String explicit = System.getProperty("kb.cache.dir");
        String home = System.getProperty("kb.home");
        Path dir = explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : home != null && !home.isBlank() ? Path.of(home, "target", "rules-cache") : null;
        if (mode.equals("off") || dir == null) {
            return off();
        }
        return new CompiledRulesCache(dir, !mode.equals("read"));
    }

    static CompiledRulesCache off() {
        return new CompiledRulesCache(null, false);
    }

    static CompiledRulesCache at(Path dir) {
        return new CompiledRulesCache(dir, true);
    }

    /** The compiled rules of these files (read into {@code model}): from the cache when it holds them, else compiled (and stored). */
    @Override
    public KieBase compile(String folderLabel, List<RuleFile> files, RuleModel model) throws RuleBuildException {
        long start = System.nanoTime();
        Profile.phase("rules folder read, building the rule base");
        if (dir == null) {
            KieBase compiled = RuleCompiler.compile(folderLabel, model);
            Profile.phase("rules compiled (cache off)", start);
            return compiled;
        }
        String key = key(files);
        Path entry = dir.resolve(key + ".bin");
        KieBase cached = read(entry, key);
        if (cached != null) {
            Profile.phase("rules read from the cache", start);
            return cached;
        }
        KieBase compiled = RuleCompiler.compile(folderLabel, model); // throws on any error: nothing is stored
        Profile.phase("rules compiled (not in the cache)", start);
        if (writes) {
            long writing = System.nanoTime();
            write(entry, key, compiled);
            Profile.phase("cache entry written", writing);
        }
        return compiled;
    }

    /** The cached compiled rules of these files, or null when there are none that read back whole. */
    KieBase cached(List<RuleFile> files) {
        String key = key(files);
        return dir == null ? null : read(dir.resolve(key + ".bin"), key);
    }

    /** SHA-256 over everything the compiled result depends on; the file name of the entry. */
    static String key(List<RuleFile> files) {
        StringBuilder s = new StringBuilder(FORMAT).append('\n');
        s.append("java ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.vm.version")).append(' ').append(System.getProperty("java.home")).append('\n');
        s.append("tool ").append(codeStamp(CompiledRulesCache.class)).append('\n');
        s.append("drools ").append(codeStamp(KnowledgeBuilderImpl.class)).append(' ')
                .append(codeStamp(KnowledgePackageImpl.class)).append('\n');
        for (RuleFile f : files) {
            s.append(f.relativePath()).append(' ').append(f.sha256()).append('\n');
        }
        return RulesFolder.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where a class was loaded from, with its size and time: a rebuilt jar, or a class folder
     * with any newer class file, is another version of the code.
     */
    private static String codeStamp(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
            }
            try (Stream<Path> walk = Files.walk(p)) {
                long newest = walk.filter(Files::isRegularFile).mapToLong(CompiledRulesCache::modified).max().orElse(0);
                return p + " " + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + source.getLocation();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE; // changes the key: better a needless compile than a stale entry
        }
    }

    /**
     * The entry's KieBase, or null when there is none or it does not read back whole: magic,
     * key and a SHA-256 of the content are checked before anything is deserialised.
     */
    private static KieBase read(Path entry, String key) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC) || !in.readUTF().equals(key)) {
                return null;
            }
            String digest = in.readUTF();
            byte[] content = in.readAllBytes();
            if (!RulesFolder.sha256(content).equals(digest)) {
                return null;
            }
            long start = System.nanoTime();
            Collection<KiePackage> packages = packages(content);
            Profile.phase("cache: packages deserialised", start);
            start = System.nanoTime();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            Profile.phase("cache: KieBase built from them (Rete network)", start);
            return kieBase;
        } catch (Exception | LinkageError e) {
            // Unreadable for any reason (damaged, another version's classes): compile instead.
            return null;
        }
    }

    /** Packages in Drools' own serialisation; {@link #packages(byte[])} reads them back as new objects. */
    static byte[] serialised(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(content)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return content.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static Collection<KiePackage> packages(byte[] content) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(content),
                CompiledRulesCache.class.getClassLoader())) {
            in.setObjectInputFilter(ALLOWED);
            Object read = in.readObject();
            if (!(read instanceof Collection<?> c) || !c.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("not a list of packages");
            }
            return (Collection<KiePackage>) c;
        }
    }

    /** Best effort: a cache that cannot be written (read-only folder, full disk) only costs speed. */
    private void write(Path entry, String key, KieBase kieBase) {
        try {
            byte[] bytes = serialised(kieBase.getKiePackages());
            ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.length + 256);
            try (DataOutputStream out = new DataOutputStream(whole)) {
                out.write(MAGIC);
                out.writeUTF(key);
                out.writeUTF(RulesFolder.sha256(bytes));
                out.write(bytes);
            }
            AtomicFiles.write(entry, whole.toByteArray());
            prune();
        } catch (Exception | LinkageError e) {
            // not cached: the next run compiles again
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparingLong(CompiledRulesCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }
}
