package kb.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes generated cases into a folder whole or not at all: everything goes into a hidden
 * temporary folder beside the target, which is renamed into place only once every file is
 * written. A crash or a full disk leaves the target as it was; a reader never sees half a set.
 */
public final class CaseFolderWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private CaseFolderWriter() {
    }

    /** True when {@code dir} exists and holds anything: writing there needs --force. */
    public static boolean isNonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    /** Writes cases {@code 0..count-1} (in parallel: each case depends only on the seed) and swaps them in. */
    public static void write(Path target, CaseGenerator generator, int count) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        try {
            IntStream.range(0, count).parallel().forEach(i -> writeCase(staging, generator.generate(i)));
            swapIn(staging, absolute);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            deleteTree(staging);
        }
    }

    /** Writes one case folder in memory-light streaming JSON (a million activities is fine). */
    public static void writeCase(Path into, GeneratedCase c) {
        Path folder = into.resolve(c.name());
        try {
            Files.createDirectories(folder);
            for (GeneratedCase.CaseFile f : c.files()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(f.name())), 1 << 16);
                     JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    json.useDefaultPrettyPrinter();
                    f.body().write(json);
                    json.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swapIn(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // A folder cannot be replaced in one rename: move the old one aside first, then
        // delete it, so the target is never a mix of old and new cases.
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
