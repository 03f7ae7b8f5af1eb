package kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of shipped folders that a test may edit without touching the originals. */
public final class TestFolders {
    private TestFolders() {
    }

    /** Copies the files of {@code source} (not its subfolders) into a new folder {@code target}. */
    public static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** Replaces text in a file and fails loudly when the text is not there, so an edit never silently misses. */
    public static void edit(Path file, String from, String to) throws IOException {
        String before = Files.readString(file);
        if (!before.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        Files.writeString(file, before.replace(from, to));
    }
}
