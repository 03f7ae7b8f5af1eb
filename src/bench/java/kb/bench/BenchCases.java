package kb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.generate.CaseFolderWriter;
import kb.generate.CaseGenerator;

/**
 * Inputs of the benchmarks: the shipped rules and cases made by {@code kb generate}'s own
 * generator, written to a temporary folder and read back with the real loader, so the
 * benchmarks evaluate exactly what users evaluate.
 */
final class BenchCases {
    /** Seed of every benchmark case, so two runs measure the same cases. */
    static final long SEED = 2026;

    private BenchCases() {
    }

    /** The rules folder the benchmarks use: {@code -Dkb.rules}, else ./rules. */
    static Path rulesFolder() {
        return Path.of(System.getProperty("kb.rules", "rules")).toAbsolutePath();
    }

    static RuleBase rules() {
        try {
            return RuleBase.load(rulesFolder());
        } catch (RuleBuildException e) {
            throw new IllegalStateException("the rules must build: " + e.getMessage(), e);
        }
    }

    /** Writes {@code cases} generated cases into a fresh temporary folder and returns their folders, sorted. */
    static List<Path> generate(int cases, int activities) {
        try {
            Path root = Files.createTempDirectory("kb-bench-");
            Path out = root.resolve("cases");
            CaseFolderWriter.write(out, new CaseGenerator(SEED, activities), cases);
            List<Path> folders = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                folders.add(out.resolve(CaseGenerator.name(i)));
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a case with the file-size limit lifted: a million activities is a ~250 MB file,
     * far over the 64 MiB a user gets by default (and raises with --max-file-size).
     */
    static CaseFacts load(Path folder) {
        try {
            return new CaseLoader(Long.MAX_VALUE).load(folder);
        } catch (BadFactsException e) {
            throw new IllegalStateException("a generated case must load: " + e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
