package kb.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes output files whole or not at all: into a temp file in the same folder, then a
 * rename. A reader never sees half a report, and a failure leaves the old file untouched.
 * A folder of many files (generated cases) is filled as a hidden staging folder and renamed
 * into place the same way. This is the only class that writes files.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A temp file is created private (rw-------); the report should read like any other file:
     * the old file's permissions when it is replaced, rw-r--r-- otherwise.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /**
     * Writes the output {@code option} (e.g. "--audit") to {@code target}, refusing an input of
     * the run, a device or a folder, and writing through a symbolic link (see {@link OutputTarget}).
     * Any failure is one line naming the path and the reason; nothing is left behind.
     */
    public static void write(String option, Path target, byte[] content, Collection<Path> inputs) throws OutputException {
        Path file = OutputTarget.resolve(option, target, inputs);
        try {
            write(file, content);
        } catch (IOException e) {
            throw new OutputException(option + " " + target + ": cannot write it (" + OutputTarget.reason(e) + ")");
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStale(dir, "." + target.getFileName() + ".", ".tmp");
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            keepPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Fills a staging folder; it becomes the target only once this returns. */
    @FunctionalInterface
    public interface FolderFill {
        void fill(StagedFolder folder) throws IOException;
    }

    /** A folder being written; files are created under it by relative path. */
    public static final class StagedFolder {
        private final Path root;

        private StagedFolder(Path root) {
            this.root = root;
        }

        /** A new file at {@code relative} (parent folders are made); the caller closes it. */
        public OutputStream newFile(String relative) throws IOException {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root)) {
                throw new IOException(relative + ": outside the folder being written");
            }
            Files.createDirectories(file.getParent());
            return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }
    }

    /**
     * Writes a whole folder: everything goes into a hidden folder beside {@code target}, which
     * replaces it only when every file is written. A crash or a full disk leaves the target as
     * it was; a reader never sees half a set.
     */
    public static void writeFolder(String option, Path target, FolderFill fill, Collection<Path> inputs)
            throws OutputException {
        Path folder = OutputTarget.resolveFolder(option, target, inputs);
        try {
            writeFolder(folder, fill);
        } catch (IOException e) {
            throw new OutputException(option + " " + target + ": cannot write it (" + OutputTarget.reason(e) + ")");
        } catch (java.io.UncheckedIOException e) {
            throw new OutputException(option + " " + target + ": cannot write it (" + OutputTarget.reason(e.getCause()) + ")");
        }
    }

    public static void writeFolder(Path target, FolderFill fill) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        removeStale(parent, "." + absolute.getFileName() + ".tmp-", "");
        removeStale(parent, "." + absolute.getFileName() + ".old-", "");
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        try {
            fill.fill(new StagedFolder(staging));
            swapIn(staging, absolute);
        } finally {
            deleteTree(staging);
        }
    }

    private static void swapIn(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // A folder cannot be replaced in one rename: move the old one aside first, then
        // delete it, so the target is never a mix of old and new files.
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

    /**
     * Temp files and staging folders of this same output left by a run that was killed
     * ({@code kill -9}, a power cut): the next write of the output removes them.
     */
    private static void removeStale(Path dir, String prefix, String suffix) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))) {
            for (Path p : stale) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p);
                } else {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
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
