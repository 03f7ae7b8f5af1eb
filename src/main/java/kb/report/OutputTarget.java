package kb.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Where an output really goes, and whether it may go there. A symbolic link is written
 * through to the file it names (the link itself stays); a device, a pipe or a folder is
 * refused, and so is anything that is an input of the run (a fact or rule file, anything
 * inside the case or rules folder): an audit file inside a case would break its next run.
 */
public final class OutputTarget {
    /** Links followed before giving up: a loop of links is refused, not followed for ever. */
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /**
     * The file to replace for {@code target} (named by {@code option}, e.g. "--audit"), after
     * following symbolic links; refused with one line when it must not be written.
     */
    public static Path resolve(String option, Path target, Collection<Path> inputs) throws OutputException {
        String name = option + " " + target;
        Path file = followLinks(name, target.toAbsolutePath().normalize());
        if (file.startsWith("/dev") || file.startsWith("/proc") || file.startsWith("/sys")) {
            throw new OutputException(name + ": is a device, not a file; name a regular file to write");
        }
        if (Files.isDirectory(file)) {
            throw new OutputException(name + ": is a folder; name the file to write");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new OutputException(name + ": is a device or pipe, not a regular file; name a regular file to write");
        }
        fileInTheWay(name, file.getParent());
        Path real = realOf(file);
        Set<Object> around = fileKeysUp(real);
        for (Path input : inputs) {
            if (isOrHolds(input, real, around)) {
                Path in = realOf(input.toAbsolutePath().normalize());
                throw new OutputException(name + ": is " + (Files.isDirectory(in) ? "inside " : "") + "an input of this run ("
                        + input + "); write outputs outside the case and rules folders");
            }
        }
        return file;
    }

    /**
     * Whether {@code input} is the file {@code real} or a folder it is in. Asked by the file's
     * identity on its device ({@code around}: those of {@code real} and every folder above it that
     * exists), one call per input, where its real path takes one per folder of its path: a batch
     * has an input per case, 20,000 and more. An input the file system gives no identity for is
     * compared by real path.
     */
    private static boolean isOrHolds(Path input, Path real, Set<Object> around) {
        Object key = null;
        try {
            key = Files.readAttributes(input, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            // not there (or not readable): compared by path below
        }
        if (key != null && !around.isEmpty()) {
            return around.contains(key);
        }
        Path in = realOf(input.toAbsolutePath().normalize());
        return real.equals(in) || real.startsWith(in);
    }

    /** The identities of {@code real} and of the folders above it, those that exist; empty where the file system has none. */
    private static Set<Object> fileKeysUp(Path real) {
        Set<Object> keys = new HashSet<>();
        for (Path p = real; p != null; p = p.getParent()) {
            try {
                Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                if (key == null) {
                    return Set.of();
                }
                keys.add(key);
            } catch (IOException e) {
                // not made yet: nothing there can be an input
            }
        }
        return keys;
    }

    /** The same check for a folder of outputs ({@code kb generate --out DIR}). */
    public static Path resolveFolder(String option, Path target, Collection<Path> inputs) throws OutputException {
        String name = option + " " + target;
        Path folder = followLinks(name, target.toAbsolutePath().normalize());
        if (folder.startsWith("/dev") || folder.startsWith("/proc") || folder.startsWith("/sys")) {
            throw new OutputException(name + ": is a device, not a folder; name a folder to write into");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException(name + ": is a file, not a folder; name a folder to write into");
        }
        fileInTheWay(name, folder.getParent());
        Path real = realOf(folder);
        for (Path input : inputs) {
            Path in = realOf(input.toAbsolutePath().normalize());
            if (real.equals(in) || real.startsWith(in) || in.startsWith(real)) {
                throw new OutputException(name + ": would replace an input (" + input + "); name another folder");
            }
        }
        return folder;
    }

    /** A file where one of the folders of the output should be: the write could only fail. */
    private static void fileInTheWay(String name, Path folder) throws OutputException {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new OutputException(name + ": cannot write it (a file is in the way: " + p + " is not a folder)");
                }
                return;
            }
        }
    }

    private static Path followLinks(String name, Path path) throws OutputException {
        Path p = path;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new OutputException(name + ": too many symbolic links (a loop?); name a regular file to write");
            }
            try {
                Path to = Files.readSymbolicLink(p);
                p = p.resolveSibling(to).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new OutputException(name + ": cannot read the symbolic link (" + reason(e) + ")");
            }
        }
        return p;
    }

    /** The real path of {@code p}, or of its nearest existing parent with the rest appended. */
    static Path realOf(Path p) {
        Path existing = p;
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    /** Why a write failed, in words: the JDK's messages name the path again and the errno text. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is in the way: " + ((NotDirectoryException) e).getFile() + " is not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return "a file is in the way: " + f.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException fs) {
            String why = fs.getReason() == null ? "" : fs.getReason();
            if (why.contains("No space left")) {
                return "no space left on the device";
            }
            if (why.contains("Not a directory")) {
                return "a file is in the way: " + fs.getFile() + " is not a folder";
            }
            if (why.contains("Is a directory")) {
                return "a folder is in the way: " + fs.getFile();
            }
            if (why.contains("Read-only file system")) {
                return "the file system is read-only";
            }
            return why.isEmpty() ? String.valueOf(e.getMessage()) : why.toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) {
            return "no space left on the device";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
