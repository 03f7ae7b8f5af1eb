package kb.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The per-user folder that holds the daemons' sockets, locks and logs:
 * {@code ${XDG_RUNTIME_DIR:-/tmp}/kb-daemon-<uid>} ({@code KB_DAEMON_DIR} moves it, for tests).
 * Created owner-only (0700); a folder that exists but is not ours, is a link, or is open to the
 * group or others is refused, so nobody else can put a socket where our client would talk to it.
 */
final class DaemonDir {
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private DaemonDir() {
    }

    /** Where the folder is for this user (not created). */
    static Path location() throws IOException {
        String explicit = System.getenv("KB_DAEMON_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime)) ? Path.of(runtime) : Path.of("/tmp");
        return base.resolve("kb-daemon-" + uid());
    }

    /** The folder, created 0700 if absent; throws if it is not safe to use. */
    static Path ensure() throws IOException {
        Path dir = location();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another client created it at the same moment: checked below like any other
            }
        }
        check(dir);
        return dir;
    }

    /** Refuses a folder that is a link, not a folder, not owned by this user, or open to anyone else. */
    static void check(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder (a link or a file); refusing to use it");
        }
        Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!String.valueOf(owner).equals(uid())) {
            throw new IOException(dir + " is owned by uid " + owner + ", not by this user; refusing to use it");
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        if (!OWNER_ONLY.containsAll(perms)) {
            throw new IOException(dir + " is open to others (" + PosixFilePermissions.toString(perms)
                    + "); it must be rwx------; refusing to use it");
        }
    }

    /** This process's user id: the owner of /proc/self (Linux). */
    static String uid() throws IOException {
        return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
