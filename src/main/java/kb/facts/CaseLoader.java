package kb.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one case folder into {@link CaseFacts}. Only the file names of {@link FactFileKind}
 * are read, and schemas come from the jar, so no fact file can point the tool at another
 * path. Every file is checked (syntax, schema, calendar dates), then the checks across
 * facts run on whatever was read; all problems are reported together.
 */
public final class CaseLoader {
    private final long maxFileBytes;

    public CaseLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public CaseLoader() {
        this(Limits.DEFAULT_MAX_FILE_BYTES);
    }

    public CaseFacts load(Path folder) throws BadFactsException {
        if (!Files.isDirectory(folder)) {
            throw new BadFactsException(folder + ": no such case folder (expected a folder holding "
                    + FactFileKind.CASE_FILE + " and " + FactFileKind.SOURCES.fileName() + ")");
        }
        CaseFolderNames.Checked names = CaseFolderNames.check(folder);
        List<String> problems = new ArrayList<>(names.problems());
        Map<String, Path> fileOf = new LinkedHashMap<>();
        Sites sites = new Sites();
        FactFile files = new FactFile(maxFileBytes, sites, new SharedValues());

        Partnership partnership = null;
        boolean caseRead = false;
        Path caseFile = folder.resolve(FactFileKind.CASE_FILE);
        if (names.refused().contains(caseFile)) {
            caseRead = false;
        } else if (!Files.exists(caseFile)) {
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
        for (FactFileKind kind : FactFileKind.values()) {
            Path file = folder.resolve(kind.fileName());
            if (names.refused().contains(file)) {
                continue;
            }
            if (!Files.exists(file)) {
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
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        return new CaseFacts(folder, partnership, sources, facts, fileOf);
    }
}
