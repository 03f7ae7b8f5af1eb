package kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped rules folder that a test may edit, as an analyst would. */
public final class TempRules {
    private TempRules() {
    }

    /** Copies rules/ into {@code parent}/rules and returns it. */
    public static Path copy(Path parent) throws IOException {
        Path copy = parent.resolve("rules");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Shipped.RULES)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    /** Replaces text in a file and fails if the text was not there, so the edit cannot silently miss. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain: " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
