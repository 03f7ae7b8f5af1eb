package kb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies of the shipped folders to break in a test, and fingerprints to prove nothing else changed. */
public final class CaseCopies {
    private CaseCopies() {
    }

    /** A flat copy of a folder (a case or rules/) under {@code into/name}. */
    public static Path copy(Path from, Path into, String name) {
        Path copy = into.resolve(name);
        try {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Replaces the first match of a literal in a file, failing loudly if it is not there. */
    public static void replace(Path file, String literal, String replacement) {
        try {
            String text = Files.readString(file);
            if (!text.contains(literal)) {
                throw new AssertionError(file + " does not contain " + literal);
            }
            int at = text.indexOf(literal);
            Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + literal.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of every file under a folder, by relative path. */
    public static Map<String, String> fingerprint(Path folder) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(f).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }
}
