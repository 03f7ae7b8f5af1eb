package kb.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national law library shared by every case: {@code instruments.json} (the Indonesian
 * instruments that govern regional cooperation abroad, with the dates they were in force)
 * and {@code sources.json} (their sources). A case lists only its own agreements; the rules
 * read the library as of each agreement's date (rules/f3-legal-basis.drl).
 *
 * <p>Where it is: the folder given with {@code --law}; else {@code law/} beside the case
 * folder ({@code facts/law} for {@code facts/batam-gimje}); else {@code facts/law} under the
 * working folder. When none exists the case is judged with an empty library, and F3 cannot
 * find a permitting instrument (which rules nothing out).
 */
public final class LawLibrary {
    public static final String FOLDER = "law";

    private final Path folder;
    private final Map<String, Source> sources;
    private final List<NationalLaw> instruments;
    private final Map<String, Path> fileOf;
    private final Map<String, String> sha256;

    private LawLibrary(Path folder, Map<String, Source> sources, List<NationalLaw> instruments, Map<String, Path> fileOf,
                       Map<String, String> sha256) {
        this.folder = folder;
        this.sha256 = sha256;
        this.sources = sources;
        this.instruments = instruments;
        this.fileOf = fileOf;
    }

    static LawLibrary empty() {
        return new LawLibrary(null, Map.of(), List.of(), Map.of(), Map.of());
    }

    /** The library folder for a case, or null when there is none (see the class comment). */
    public static Path locate(Path caseFolder) {
        Path parent = caseFolder.toAbsolutePath().normalize().getParent();
        if (parent != null && isLibrary(parent.resolve(FOLDER))) {
            return parent.resolve(FOLDER);
        }
        Path inWorkingFolder = Path.of("facts", FOLDER);
        return isLibrary(inWorkingFolder) ? inWorkingFolder : null;
    }

    private static boolean isLibrary(Path folder) {
        return Files.isRegularFile(folder.resolve(FactFileKind.NATIONAL_LAW.fileName()));
    }

    /** Reads the library; every problem at once, as for a case. */
    static LawLibrary read(Path folder, FactReader files, Sites sites) throws BadFactsException {
        if (!Files.isDirectory(folder)) {
            throw new BadFactsException(folder + ": no such law library folder (expected a folder holding "
                    + FactFileKind.NATIONAL_LAW.fileName() + " and " + FactFileKind.SOURCES.fileName() + ")");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Source> sourceList = new ArrayList<>();
        List<NationalLaw> instruments = new ArrayList<>();
        Map<String, Path> fileOf = new HashMap<>();
        for (FactFileKind kind : List.of(FactFileKind.SOURCES, FactFileKind.NATIONAL_LAW)) {
            Path file = folder.resolve(kind.fileName());
            if (!Files.exists(file)) {
                problems.add(file + ": missing; the law library needs " + kind.fileName());
                continue;
            }
            try {
                for (Object item : files.read(file, kind.schemaName(), kind.noun(), kind.listField(), kind.itemClass(), true)) {
                    if (item instanceof Source s) {
                        sourceList.add(s);
                        sources.putIfAbsent(s.getId(), s);
                        fileOf.putIfAbsent("source:" + s.getId(), file);
                    } else {
                        NationalLaw law = (NationalLaw) item;
                        instruments.add(law);
                        fileOf.putIfAbsent(law.getId(), file);
                    }
                }
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(new CaseChecks(sites, sources).check(null, sourceList, new ArrayList<>(instruments)));
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        Map<String, String> sha256 = new HashMap<>();
        for (FactFileKind kind : List.of(FactFileKind.SOURCES, FactFileKind.NATIONAL_LAW)) {
            sha256.put(kind.fileName(), files.sha256().get(folder.resolve(kind.fileName())));
        }
        return new LawLibrary(folder, sources, instruments, fileOf, Map.copyOf(sha256));
    }

    /** Null for the empty library. */
    public Path folder() {
        return folder;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public List<NationalLaw> instruments() {
        return instruments;
    }

    public Map<String, Path> fileOf() {
        return fileOf;
    }

    /** The SHA-256 (hex) of each file of the library by name, of the bytes as they were read. */
    public Map<String, String> sha256() {
        return sha256;
    }
}
