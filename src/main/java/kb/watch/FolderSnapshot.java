package kb.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.engine.RulesFolder;

/**
 * The content of some folders at one moment: every file with its SHA-256. Comparing hashes
 * rather than modification times catches an edit saved within the same clock tick and
 * ignores a save that changed nothing. The folders are small (a few dozen files, some kB),
 * so hashing them a few times a second costs little.
 */
public record FolderSnapshot(Map<Path, String> hashes) {

    public static FolderSnapshot of(Path... roots) {
        Map<Path, String> hashes = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(FolderSnapshot::watched).toList()) {
                    String hash = hash(p);
                    if (hash != null) {
                        hashes.put(p, hash);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // A file renamed away mid-walk (an editor's atomic save): the next look sees the new state.
            }
        }
        return new FolderSnapshot(hashes);
    }

    /** Editors' backup, swap and lock files are not rules or facts. */
    private static boolean watched(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("~") && !name.endsWith("~") && !name.endsWith(".swp");
    }

    private static String hash(Path p) {
        try {
            return RulesFolder.sha256(Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Files added, removed or changed since {@code before}, sorted. */
    public List<Path> changedSince(FolderSnapshot before) {
        TreeSet<Path> all = new TreeSet<>(hashes.keySet());
        all.addAll(before.hashes.keySet());
        List<Path> changed = new ArrayList<>();
        for (Path p : all) {
            if (!java.util.Objects.equals(hashes.get(p), before.hashes.get(p))) {
                changed.add(p);
            }
        }
        return changed;
    }
}
