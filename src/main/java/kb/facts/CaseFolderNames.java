package kb.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is in a case folder besides the fact files, before any is read. A file named almost
 * like a fact file ({@code outcomes.JSON}, {@code outcomes.json.txt}, {@code "outcomes.json "})
 * would otherwise be ignored and change the verdict in silence; a symbolic link that leaves
 * the case folder would make the tool read (and echo) a file outside the case. Both are
 * errors; refused files are not read at all.
 */
public final class CaseFolderNames {
    /** The problems, the fact files that must not be read, and the names of the fact files the folder held when listed. */
    record Checked(List<String> problems, Set<Path> refused, Set<String> listed) {
        /**
         * Whether a fact file is there: from the listing when {@code fromListing} (a quick read,
         * which saves a file-system call per kind), else asked of the file system as the file is read.
         */
        boolean present(Path file, boolean fromListing) {
            return fromListing ? listed.contains(file.getFileName().toString()) : Files.exists(file);
        }
    }

    private CaseFolderNames() {
    }

    static Checked check(Path folder) throws BadFactsException {
        List<String> allowed = FactFileKind.allowedFileNames();
        List<String> problems = new ArrayList<>();
        Set<Path> refused = new HashSet<>();
        Set<String> listed = new HashSet<>();
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new BadFactsException(folder + ": cannot read the folder (" + e.getMessage() + ")");
        }
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.sorted().toList();
        } catch (IOException e) {
            throw new BadFactsException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) {
                continue; // editors' swap and backup files, the tool's own temp files
            }
            if (allowed.contains(name)) {
                listed.add(name);
                linkProblem(p, realFolder).ifPresent(problem -> {
                    problems.add(problem);
                    refused.add(p);
                });
                continue;
            }
            String close = closeTo(name, allowed);
            if (close != null) {
                problems.add(p + ": not read: the name is close to " + close + "; name the file exactly " + close
                        + " (lower case, nothing before or after), or move it out of the case folder");
            } else if (name.endsWith(".json")) {
                problems.add(p + ": not a fact file of this tool; allowed file names: " + String.join(", ", allowed));
            }
        }
        return new Checked(problems, refused, listed);
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

    /** A fact file that is a symbolic link must stay inside the case folder and lead somewhere. */
    private static java.util.Optional<String> linkProblem(Path p, Path realFolder) {
        if (!Files.isSymbolicLink(p)) {
            return java.util.Optional.empty();
        }
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
            return java.util.Optional.of(p + ": a symbolic link to " + to + ", which does not exist; "
                    + "put the file itself in the case folder");
        }
        if (!real.startsWith(realFolder)) {
            return java.util.Optional.of(p + ": a symbolic link to " + to + ", outside the case folder; "
                    + "fact files must be inside the case folder (copy the file in)");
        }
        return java.util.Optional.empty();
    }
}
