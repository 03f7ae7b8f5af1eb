package kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kb.engine.RulesFolder;

/**
 * Copies of the shipped folders (a case, rules/) that a test may break, edits that fail
 * loudly when they miss, and fingerprints to prove nothing else changed.
 */
public final class TestFolders {
    private TestFolders() {
    }

    /** Copies the files of {@code source} (not its subfolders) into a new folder {@code target}. */
    public static Path copy(Path source, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * A copy of {@code rules} in {@code target} with one more rule, {@code id}, that fires once on
     * Batam–Gimje's MoU signing and runs {@code consequence}: a rule that misbehaves, for a test.
     */
    public static Path rulesWith(Path rules, Path target, String file, String id, String consequence) {
        copy(rules, target);
        try {
            Files.writeString(target.resolve(file), "package kb.rules;\nimport kb.facts.*;\n"
                    + "rule \"Test: " + id + "\"\n    @id(\"" + id + "\") @factor(\"F4\") @indicator(\"I4.1\") @ref(\"test only\")\n"
                    + "when\n    $a : Activity( id == \"A-2013-08-17-mou-signing\" )\nthen\n    " + consequence + "\nend\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces every occurrence of {@code from}; fails when it is not there, so an edit never silently misses. */
    public static void edit(Path file, String from, String to) {
        String before = read(file);
        requireContains(file, before, from);
        write(file, before.replace(from, to));
    }

    /** Replaces the first occurrence of {@code from}; fails when it is not there. */
    public static void editFirst(Path file, String from, String to) {
        String before = read(file);
        requireContains(file, before, from);
        int at = before.indexOf(from);
        write(file, before.substring(0, at) + to + before.substring(at + from.length()));
    }

    /** SHA-256 of every file under a folder, by relative path. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(f).toString(), RulesFolder.sha256(Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static void requireContains(Path file, String text, String from) {
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
