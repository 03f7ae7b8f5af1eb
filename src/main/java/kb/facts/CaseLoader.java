package kb.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads one case folder into {@link CaseFacts}. Only the file names of {@link FactFileKind}
 * are read, so no fact file can point the tool at another path. Every file is checked and
 * all problems are reported together.
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
        List<String> problems = new ArrayList<>(unknownFiles(folder));
        Map<String, Path> fileOf = new LinkedHashMap<>();

        Partnership partnership = null;
        Path caseFile = folder.resolve(FactFileKind.CASE_FILE);
        try {
            List<Partnership> read = readList(caseFile, "partnership", Partnership.class, false);
            partnership = read.isEmpty() ? null : read.get(0);
            if (partnership != null) {
                fileOf.put(partnership.getId(), caseFile);
            }
        } catch (BadFactsException e) {
            problems.addAll(e.problems());
        }

        Map<String, Source> sources = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (FactFileKind kind : FactFileKind.values()) {
            Path file = folder.resolve(kind.fileName());
            if (!Files.exists(file)) {
                if (kind.required()) {
                    problems.add(file + ": missing; every case needs " + kind.fileName());
                }
                continue;
            }
            try {
                for (Object item : readList(file, kind.listField(), kind.itemClass(), true)) {
                    if (item instanceof Source s) {
                        if (sources.putIfAbsent(s.getId(), s) != null) {
                            problems.add(file + ": source \"" + s.getId() + "\": field \"id\": duplicate id; ids must be unique in a case");
                        }
                        fileOf.putIfAbsent("source:" + s.getId(), file);
                    } else {
                        Fact f = (Fact) item;
                        facts.add(f);
                        fileOf.putIfAbsent(f.getId(), file);
                    }
                }
            } catch (BadFactsException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(CaseChecks.check(folder, partnership, sources, facts, fileOf));
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        return new CaseFacts(folder, partnership, sources, facts, fileOf);
    }

    private List<String> unknownFiles(Path folder) throws BadFactsException {
        List<String> allowed = FactFileKind.allowedFileNames();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !allowed.contains(p.getFileName().toString()))
                    .sorted()
                    .map(p -> p + ": not a fact file of this tool; allowed file names: " + String.join(", ", allowed))
                    .toList();
        } catch (IOException e) {
            throw new BadFactsException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private <T> List<T> readList(Path file, String field, Class<T> itemClass, boolean list)
            throws BadFactsException {
        if (!Files.exists(file)) {
            throw new BadFactsException(file + ": missing; every case needs " + file.getFileName());
        }
        checkSize(file);
        try (InputStream in = Files.newInputStream(file)) {
            return StrictJson.readWrapped(file, in, field, itemClass, list);
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private void checkSize(Path file) throws BadFactsException {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new BadFactsException(file + ": " + size + " bytes is over the limit of " + maxFileBytes
                        + " bytes; raise it with --max-file-size if the file is meant to be this large");
            }
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

}
