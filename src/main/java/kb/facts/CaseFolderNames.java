package kb.facts;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What is in a case folder besides the fact files, before any is read. A file named almost
 * like a fact file ({@code outcomes.JSON}, {@code outcomes.json.txt}, {@code "outcomes.json "})
 * would otherwise be ignored and change the verdict in silence; a symbolic link that leaves
 * the case folder would make the tool read (and echo) a file outside the case. Both are
 * errors; refused files are not read at all.
 */
public final class CaseFolderNames {
    /**
     * The problems, the fact files that must not be read, and the fact files the folder held when
     * listed, by name, with what the listing saw of each (the entry itself, a link not followed).
     */
    record Checked(List<String> problems, Set<Path> refused, Map<String, BasicFileAttributes> listed) {
        /**
         * Whether a fact file is there: from the listing when {@code fromListing} (a quick read,
         * which saves a file-system call per kind), else asked of the file system as the file is read.
         */
        boolean present(Path file, boolean fromListing) {
            return fromListing ? listed.containsKey(file.getFileName().toString()) : Files.exists(file);
        }

        /**
         * What the listing saw of a fact file of the folder that is a regular file (not a link),
         * or null: a quick read then asks the file system no second time.
         */
        BasicFileAttributes regularFile(Path file) {
            BasicFileAttributes seen = listed.get(file.getFileName().toString());
            return seen != null && seen.isRegularFile() ? seen : null;
        }
    }

    private CaseFolderNames() {
    }

    /**
     * Lists and checks a case folder. The file system is asked as little as it can be, since a
     * batch does this for every case: the listing, and one look at each fact file itself; where
     * the folder really is, only when a fact file is a link.
     */
    static Checked check(Path folder) throws BadFactsException {
        List<String> allowed = FactFileKind.allowedFileNames();
        // By entry, so the problems come in the order of the names; the listing itself is not
        // sorted, which a batch would do for every case while nearly every case has no problem.
        Map<Path, String> problems = new TreeMap<>();
        Set<Path> refused = new HashSet<>();
        Map<String, BasicFileAttributes> listed = new HashMap<>();
        Path realFolder = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // editors' swap and backup files, the tool's own temp files
                }
                if (allowed.contains(name)) {
                    BasicFileAttributes seen;
                    try {
                        seen = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        continue; // gone since the listing: as if it had not been listed
                    }
                    listed.put(name, seen);
                    if (seen.isSymbolicLink()) {
                        realFolder = realFolder != null ? realFolder : realFolder(folder);
                        String problem = linkProblem(p, realFolder);
                        if (problem != null) {
                            problems.put(p, problem);
                            refused.add(p);
                        }
                    }
                    continue;
                }
                String close = closeTo(name, allowed);
                if (close != null) {
                    problems.put(p, p + ": not read: the name is close to " + close + "; name the file exactly " + close
                            + " (lower case, nothing before or after), or move it out of the case folder");
                } else if (name.endsWith(".json")) {
                    problems.put(p, p + ": not a fact file of this tool; allowed file names: " + String.join(", ", allowed));
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new BadFactsException(folder + ": no such case folder (expected a folder holding "
                    + FactFileKind.CASE_FILE + " and " + FactFileKind.SOURCES.fileName() + ")");
        } catch (IOException | DirectoryIteratorException e) {
            throw new BadFactsException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        return new Checked(List.copyOf(problems.values()), refused, listed);
    }

    /** The fact file {@code name} was probably meant to be, or null. */
    public static String closeTo(String name, List<String> allowed) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (n.equals(a) || n.startsWith(a)) {
                return a;
            }
        }
        return null;
    }

    /** Where the folder really is, links resolved: asked only when a fact file is a link. */
    private static Path realFolder(Path folder) throws BadFactsException {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new BadFactsException(folder + ": cannot read the folder (" + e.getMessage() + ")");
        }
    }

    /** What is wrong with a fact file that is a symbolic link, or null: it must stay inside the case folder and lead somewhere. */
    private static String linkProblem(Path p, Path realFolder) {
        String to;
        try {
            to = Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            to = "?";
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            return (p + ": a symbolic link to " + to + ", which does not exist; "
                    + "put the file itself in the case folder");
        }
        if (!real.startsWith(realFolder)) {
            return (p + ": a symbolic link to " + to + ", outside the case folder; "
                    + "fact files must be inside the case folder (copy the file in)");
        }
        return null;
    }
}
