package kb.audit;

import java.nio.file.Path;

/**
 * Where a record's folders are kept relative to: the project root (the folder of the kb
 * launcher, else the working folder). A record made in the project is then verified from
 * anywhere; a folder outside the project is kept absolute.
 */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path root() {
        String home = System.getProperty("kb.home");
        return (home != null ? Path.of(home) : Path.of("")).toAbsolutePath().normalize();
    }

    /** {@code folder} relative to the project root when it lies inside it, else absolute; always with '/'. */
    public static String relative(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path root = root();
        Path kept = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = kept.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** A recorded folder, found again from the project root. */
    public static Path resolve(String recorded) {
        return root().resolve(recorded).normalize();
    }
}
