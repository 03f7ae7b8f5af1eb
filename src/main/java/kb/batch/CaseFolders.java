package kb.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.facts.CaseFolderNames;
import kb.facts.FactFileKind;

/**
 * Turns the folders named on the command line into the case folders to evaluate: a folder
 * holding case.json is a case; any other folder stands for the case folders directly inside
 * it. The result is sorted and without duplicates, so a summary never depends on the order
 * of the arguments or of the disk.
 */
public final class CaseFolders {
    private CaseFolders() {
    }

    /**
     * The case folders found, and one problem per argument that holds none; {@code folders} are
     * the arguments that stood for the cases inside them (as given), so a caller need not list
     * them again (a folder of 20,000 cases costs a file-system call per case to list).
     */
    public record Found(List<Path> cases, List<CaseFailure> problems, List<String> skipped, List<Path> folders) {
    }

    public static boolean isCase(Path folder) {
        return Files.isRegularFile(folder.resolve(FactFileKind.CASE_FILE));
    }

    /** True for a folder that is not itself a case but holds at least one. */
    public static boolean holdsCases(Path folder) {
        return Files.isDirectory(folder) && !isCase(folder) && !scan(folder).cases().isEmpty();
    }

    public static Found expand(List<Path> arguments) {
        TreeSet<Path> cases = new TreeSet<>();
        List<CaseFailure> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path p : arguments) {
            Path folder = p.normalize();
            if (!Files.isDirectory(folder)) {
                problems.add(CaseFailure.badInput(folder, folder + ": no such case folder"));
            } else if (isCase(folder)) {
                cases.add(folder);
            } else {
                Scan inside = scan(folder);
                if (inside.cases().isEmpty()) {
                    problems.add(CaseFailure.badInput(folder, folder + ": neither a case folder (no "
                            + FactFileKind.CASE_FILE + ") nor a folder of case folders"));
                } else {
                    skippedIn(inside.others(), problems, skipped);
                    folders.add(p);
                }
                cases.addAll(inside.cases());
            }
        }
        return new Found(List.copyOf(cases), problems, skipped, List.copyOf(folders));
    }

    /**
     * Every sub-folder of a folder of cases that is not a case, and why: one holding
     * {@code Case.json} or {@code case.json.txt} is an error (a case was meant), any other
     * is a note, so nothing is left out in silence.
     */
    private static void skippedIn(List<Path> subfolders, List<CaseFailure> problems, List<String> skipped) {
        for (Path sub : subfolders) {
            String near = nearCaseFile(sub);
            if (near != null) {
                problems.add(CaseFailure.badInput(sub, sub + ": skipped: it holds " + near + ", not "
                        + FactFileKind.CASE_FILE + "; name the file exactly " + FactFileKind.CASE_FILE));
            } else {
                skipped.add(sub + ": skipped: not a case folder (no " + FactFileKind.CASE_FILE + ")");
            }
        }
    }

    /** The sub-folders of a folder, sorted: the cases and the others (none of either when it cannot be listed). */
    private record Scan(List<Path> cases, List<Path> others) {
    }

    /**
     * One listing of a folder, each entry looked at once: a case holds {@code case.json} (so it
     * is a folder), anything else that is a folder is another sub-folder. A folder of 20,000
     * cases costs one file-system call per case here, before any is read.
     */
    private static Scan scan(Path folder) {
        List<Path> cases = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> {
                if (isCase(p)) {
                    cases.add(p.normalize());
                } else if (Files.isDirectory(p)) {
                    others.add(p.normalize());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Scan(List.of(), List.of());
        }
        cases.sort(null);
        others.sort(null);
        return new Scan(cases, others);
    }

    private static String nearCaseFile(Path sub) {
        try (Stream<Path> list = Files.list(sub)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> FactFileKind.CASE_FILE.equals(CaseFolderNames.closeTo(n, List.of(FactFileKind.CASE_FILE))))
                    .sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
