package kb.facts;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads one case folder into {@link CaseFacts}. Only the file names of {@link FactFileKind}
 * are read, and schemas come from the jar, so no fact file can point the tool at another
 * path. Every file is checked (syntax, schema, calendar dates), then the checks across
 * facts run on whatever was read; all problems are reported together.
 */
public final class CaseLoader {
    private final long maxFileBytes;
    /** The period to judge over instead of the case's own ({@code --period}); null keeps the case's. */
    private final Period period;
    /** The law library folder ({@code --law}); null to look for it beside the case (see {@link LawLibrary#locate}). */
    private final Path lawFolder;
    /** Whether the SHA-256 of each fact file is kept with the facts (for audit records and reports). */
    private final boolean hashes;
    /** The library last read, by folder, so a batch of cases reads it once. */
    private Path libraryRead;
    private LawLibrary library;
    /** The folder whose cases' library was last looked for, and where it was (null: none). */
    private Path locatedFrom;
    private Path located;

    public CaseLoader(long maxFileBytes, Period period, Path lawFolder) {
        this(maxFileBytes, period, lawFolder, true);
    }

    private CaseLoader(long maxFileBytes, Period period, Path lawFolder, boolean hashes) {
        this.maxFileBytes = maxFileBytes;
        this.period = period;
        this.lawFolder = lawFolder;
        this.hashes = hashes;
    }

    /**
     * The same loader, but one that keeps no SHA-256 of the files it reads: for a batch, whose
     * summary names no file (hashing was a fourteenth of reading a case); its audit records read
     * each case again with hashes. {@link CaseFacts#sha256()} of what it reads refuses to answer.
     */
    public CaseLoader withoutHashes() {
        return new CaseLoader(maxFileBytes, period, lawFolder, false);
    }

    public CaseLoader(long maxFileBytes) {
        this(maxFileBytes, null, null);
    }

    public CaseLoader() {
        this(Limits.DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * Reads a case: first quickly ({@link QuickFactFile}: nothing kept for a message), and when
     * that finds anything wrong, or a file too large to hold whole, again the careful way, which
     * words every problem with its place. The facts are the same either way.
     */
    public CaseFacts load(Path folder) throws BadFactsException {
        CaseFolderNames.Checked names = CaseFolderNames.check(folder);
        if (!names.problems().isEmpty()) {
            return loadCarefully(folder, names);
        }
        // Nearly every case of a batch is good: read it without keeping anything for a message.
        return quickElseCareful(names::regularFile, hashes, (files, sites) -> load(folder, names, files, sites));
    }

    /**
     * Reads a case the careful way only, what {@link #load} falls back to; public for the test
     * that checks that both ways agree on every input, good or bad.
     */
    public CaseFacts loadCarefully(Path folder) throws BadFactsException {
        return loadCarefully(folder, CaseFolderNames.check(folder));
    }

    private CaseFacts loadCarefully(Path folder, CaseFolderNames.Checked names) throws BadFactsException {
        return carefully((files, sites) -> load(folder, names, files, sites));
    }

    /** A read of fact files with a reader and the places it records (none, for a quick one). */
    private interface Reading<T> {
        T with(FactReader files, Sites sites) throws BadFactsException;
    }

    /**
     * Reads quickly ({@link QuickFactFile}: nothing kept for a message, equal values not looked
     * up), and when that finds anything wrong, or a file too large to hold whole, again the
     * careful way. The facts are the same either way.
     */
    private <T> T quickElseCareful(Function<Path, BasicFileAttributes> seen, boolean hashes, Reading<T> reading)
            throws BadFactsException {
        try {
            return reading.with(new QuickFactFile(maxFileBytes, SharedValues.listsOnly(), seen, hashes), new Sites());
        } catch (QuickFactFile.NotQuick | BadFactsException e) {
            return carefully(reading);
        }
    }

    /** Reads the careful way ({@link FactFile}): every problem worded with its place, equal values shared. */
    private <T> T carefully(Reading<T> reading) throws BadFactsException {
        Sites sites = new Sites();
        return reading.with(new FactFile(maxFileBytes, sites, SharedValues.sharing()), sites);
    }

    /**
     * Reads the case with {@code files}. With {@link FactFile} every problem is gathered and thrown
     * at the end, worded for the analyst; with {@link QuickFactFile} the first problem ends the read
     * ({@link QuickFactFile.NotQuick}, or a BadFactsException whose places {@code sites} does not know).
     */
    private CaseFacts load(Path folder, CaseFolderNames.Checked names, FactReader files, Sites sites)
            throws BadFactsException {
        boolean quick = files instanceof QuickFactFile;
        List<String> problems = new ArrayList<>(names.problems());
        // An entry per fact and source: sized for a generated case of 50 activities, so most cases never grow it.
        Map<String, Path> fileOf = new LinkedHashMap<>(256);

        Partnership partnership = null;
        boolean caseRead = false;
        Path caseFile = folder.resolve(FactFileKind.CASE_FILE);
        if (names.refused().contains(caseFile)) {
            caseRead = false;
        } else if (!names.present(caseFile, quick)) {
            problems.add(caseFile + ": missing; every case needs " + FactFileKind.CASE_FILE);
        } else {
            try {
                partnership = files.read(caseFile, "case", FactFileKind.CASE_NOUN, "partnership",
                        Partnership.class, false).get(0);
                fileOf.put(partnership.getId(), caseFile);
                caseRead = true;
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
        }

        // Every file is read even when an earlier one is bad, so the analyst sees every problem at once.
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Source> sourceList = new ArrayList<>();
        boolean sourcesRead = false;
        List<Fact> facts = new ArrayList<>();
        for (FactFileKind kind : FactFileKind.inCase()) {
            Path file = folder.resolve(kind.fileName());
            if (names.refused().contains(file)) {
                continue;
            }
            if (!names.present(file, quick)) {
                if (kind.required()) {
                    problems.add(file + ": missing; every case needs " + kind.fileName());
                }
                continue;
            }
            try {
                for (Object item : files.read(file, kind.schemaName(), kind.noun(), kind.listField(),
                        kind.itemClass(), true)) {
                    if (item instanceof Source s) {
                        sourceList.add(s);
                        sources.putIfAbsent(s.getId(), s);
                        fileOf.putIfAbsent("source:" + s.getId(), file);
                    } else {
                        Fact f = (Fact) item;
                        facts.add(f);
                        fileOf.putIfAbsent(f.getId(), file);
                    }
                }
                sourcesRead |= kind == FactFileKind.SOURCES;
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(new CaseChecks(sites, sourcesRead ? sources : null)
                .check(caseRead ? partnership : null, sourceList, facts));
        LawLibrary law = LawLibrary.empty();
        try {
            law = library(folder);
        } catch (BadFactsException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(clashes(law, sources, facts, fileOf, sites));
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        // The library's instruments come after the case's facts, its sources after the case's.
        law.sources().forEach(sources::putIfAbsent);
        facts.addAll(law.instruments());
        law.fileOf().forEach(fileOf::putIfAbsent);
        if (period != null) {
            partnership = partnership.withPeriod(period);
        }
        return new CaseFacts(folder, partnership, sources, facts, fileOf, law.folder(),
                hashes ? sha256(folder, files, law) : null);
    }

    /** The hashes of the case's files, by name, and of the library's, as {@code law/NAME}. */
    private static Map<String, String> sha256(Path folder, FactReader files, LawLibrary law) {
        Map<String, String> sha256 = new TreeMap<>();
        files.sha256().forEach((file, sha) -> {
            if (folder.equals(file.getParent())) {
                sha256.put(file.getFileName().toString(), sha);
            }
        });
        law.sha256().forEach((name, sha) -> sha256.put(LawLibrary.FOLDER + "/" + name, sha));
        return sha256;
    }

    /** The law library for facts written outside a case folder (an inline scenario), found as for a case in {@code near}. */
    public LawLibrary lawLibrary(Path near) throws BadFactsException {
        return library(near);
    }

    /** The period given with {@code --period}, or null. */
    public Period period() {
        return period;
    }

    /**
     * The library for a case, read once for a batch: quickly first, as a case is (a good library
     * is then read without the JSON Schema validator, whose start-up would cost a one-case run
     * more than all its reading), and the careful way when anything is wrong, for the messages;
     * synchronized because the threads of a batch share one loader.
     */
    private LawLibrary library(Path caseFolder) throws BadFactsException {
        synchronized (this) {
            Path where = lawFolder != null ? lawFolder : locate(caseFolder);
            if (where == null) {
                return LawLibrary.empty();
            }
            Path key = where.toAbsolutePath().normalize();
            if (!key.equals(libraryRead)) {
                // Always hashed: it is read once for a whole batch, and its record names its files.
                library = quickElseCareful(file -> null, true, (files, sites) -> LawLibrary.read(where, files, sites));
                libraryRead = key;
            }
            return library;
        }
    }

    /**
     * Where the library of a case is ({@link LawLibrary#locate}), looked up once for the cases of
     * one folder: a batch's cases are side by side, and it saves a file-system call per case.
     */
    private Path locate(Path caseFolder) {
        Path parent = caseFolder.getParent();
        if (parent == null || !parent.equals(locatedFrom)) {
            located = LawLibrary.locate(caseFolder);
            locatedFrom = parent;
        }
        return located;
    }

    /** A case fact or source with the id of a library instrument or source: the explanation could not tell them apart. */
    private static List<String> clashes(LawLibrary law, Map<String, Source> sources, List<Fact> facts,
                                        Map<String, Path> fileOf, Sites sites) {
        List<String> problems = new ArrayList<>();
        for (Fact f : facts) {
            Path other = law.fileOf().get(f.getId());
            if (other != null) {
                problems.add(sites.where(f, "id") + ": " + f.factKind() + " \"" + f.getId() + "\": field \"id\": also the id of "
                        + "an entry of the law library (" + other + "); ids must be unique across a case and the library");
            }
        }
        for (Source s : sources.values()) {
            Path other = law.fileOf().get("source:" + s.getId());
            if (other != null) {
                problems.add(sites.where(s, "id") + ": source \"" + s.getId() + "\": field \"id\": also the id of a source "
                        + "of the law library (" + other + "); ids must be unique across a case and the library");
            }
        }
        return problems;
    }
}
