package kb.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every file of a rules folder once, sorted by path, so the build, the hashes in an
 * audit record and the cache key all see the same bytes.
 */
public final class RulesFolder {
    /** Files the engine reads besides DRL and decision tables. */
    public static final String FACTORS_FILE = "factors.json";
    public static final String PARAMETERS_FILE = "parameters.json";
    public static final String VERDICTS_FILE = "verdicts.json";

    private RulesFolder() {
    }

    public static List<RuleFile> read(Path dir) throws RuleBuildException {
        if (!Files.isDirectory(dir)) {
            throw new RuleBuildException(List.of(dir + ": no such rules folder"));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")) // spreadsheet lock files
                    .filter(p -> isRulesFile(dir.relativize(p)))
                    .sorted()
                    .map(p -> read(dir, p))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RuleBuildException(List.of(dir + ": cannot read the rules folder (" + e.getMessage() + ")"));
        }
    }

    /**
     * Only the files the engine reads are opened, by name: a video or an archive left in the
     * folder is never read (a 600 MB file would fill the heap before any rule compiled). The
     * data files (factors.json, parameters.json, ...) are read from the folder itself only: the
     * JSON Schemas in {@code schema/} are for editors, the tool checks with its own copy from the
     * jar, so they are neither hashed into an audit record nor part of the compiled rules' key.
     *
     * @param relative the file's path relative to the rules folder
     */
    static boolean isRulesFile(Path relative) {
        String name = relative.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")
                || name.endsWith(".json") && relative.getNameCount() == 1;
    }

    private static RuleFile read(Path dir, Path p) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            String rel = dir.relativize(p).toString().replace('\\', '/');
            return new RuleFile(rel, p, bytes, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
