package kb.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.facts.Basis;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Fact;
import kb.facts.FactChecks;
import kb.facts.FactFileKind;
import kb.facts.LawLibrary;
import kb.facts.Partnership;
import kb.facts.Source;
import kb.facts.StrictJson;

/**
 * Reads a scenario: either a case folder's {@code expected.json} (the facts are that folder)
 * or a scenario file. A scenario file starts from a base case ({@code "case"}, relative to the
 * file) or an inline {@code "partnership"}, removes facts by id and adds made-up ones. Added
 * facts must say so: basis HYPOTHETICAL, citing a source the scenario itself adds, so a
 * made-up fact can never pass for evidence. Every problem is reported with the file.
 */
public final class ScenarioLoader {
    private final CaseLoader cases;

    public ScenarioLoader(CaseLoader cases) {
        this.cases = cases;
    }

    public ScenarioLoader() {
        this(new CaseLoader());
    }

    public Scenario load(Path file) throws BadFactsException {
        if (file.getFileName().toString().equals(FactFileKind.EXPECTED_FILE)) {
            Path folder = file.getParent() != null ? file.getParent() : Path.of("");
            Expected expected = read(file, Expected.class);
            CaseFacts facts = cases.load(folder);
            checkStudy(file, expected.getStudy(), facts);
            return new Scenario(file, nameOf(folder), facts, expected);
        }
        ScenarioFile s = read(file, ScenarioFile.class);
        List<String> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            problems.add(file + ": field \"name\" is required: a sentence saying what the scenario shows");
        }
        if ((s.caseFolder() == null) == (s.partnership() == null)) {
            problems.add(file + ": give exactly one of \"case\" (a case folder, relative to this file) or \"partnership\""
                    + " (a made-up case written inline)");
            throw new BadFactsException(problems);
        }
        CaseFacts facts;
        try {
            facts = s.caseFolder() != null ? onBaseCase(file, s, problems) : inline(file, s, problems);
        } catch (BadFactsException e) {
            // Report the scenario's own problems (name, verdict) together with those of its facts.
            List<String> all = new ArrayList<>(problems);
            all.addAll(e.problems());
            throw new BadFactsException(all.stream().distinct().toList());
        }
        String id = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new Scenario(file, id, facts, s.expected());
    }

    private CaseFacts onBaseCase(Path file, ScenarioFile s, List<String> problems) throws BadFactsException {
        Path folder = resolve(file, s.caseFolder());
        if (!Files.isDirectory(folder)) {
            throw new BadFactsException(file + ": field \"case\": no case folder " + folder
                    + " (the path is relative to the scenario file's folder)");
        }
        CaseFacts base = cases.load(folder);
        Set<String> removed = new LinkedHashSet<>(s.remove());
        for (String id : removed) {
            if (base.fact(id).isEmpty()) {
                problems.add(file + ": field \"remove\": no fact \"" + id + "\" in " + folder);
            }
        }
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.removeIf(f -> removed.contains(f.getId()));
        Map<String, Path> fileOf = new HashMap<>();
        facts.forEach(f -> fileOf.put(f.getId(), base.fileOf(f.getId())));
        base.sources().keySet().forEach(id -> fileOf.put("source:" + id, base.fileOf("source:" + id)));
        fileOf.put(base.partnership().getId(), base.fileOf(base.partnership().getId()));
        return assemble(file, folder, base.partnership(), base.sources(), facts, fileOf, s.add(), problems, base.lawFolder());
    }

    private CaseFacts inline(Path file, ScenarioFile s, List<String> problems) throws BadFactsException {
        Partnership p = s.partnership();
        if (cases.period() != null) {
            p = p.withPeriod(cases.period());
        }
        if (!p.isHypothetical()) {
            problems.add(file + ": field \"partnership\": an inline case is made up; set \"hypothetical\": true");
        }
        Map<String, Path> fileOf = new HashMap<>();
        if (p.getId() != null) {
            fileOf.put(p.getId(), file);
        }
        // The national law library is shared by every case, made-up ones included.
        LawLibrary law = cases.lawLibrary(file.toAbsolutePath().getParent());
        law.fileOf().forEach(fileOf::putIfAbsent);
        return assemble(file, file, p, law.sources(), new ArrayList<>(law.instruments()), fileOf, s.add(), problems,
                law.folder());
    }

    /** Base facts plus the additions, then the checks every case folder gets. */
    private static CaseFacts assemble(Path file, Path folder, Partnership partnership, Map<String, Source> baseSources,
                                      List<Fact> facts, Map<String, Path> fileOf, Additions add, List<String> problems,
                                      Path lawFolder)
            throws BadFactsException {
        Map<String, Source> sources = new LinkedHashMap<>(baseSources);
        Set<String> ownSources = new LinkedHashSet<>();
        for (Source src : add.sources()) {
            ownSources.add(src.getId());
            if (sources.putIfAbsent(src.getId(), src) != null) {
                problems.add(file + ": source \"" + src.getId() + "\": the base case already has a source with this id");
            }
            fileOf.put("source:" + src.getId(), file);
        }
        for (Fact f : add.facts()) {
            String what = file + ": " + f.factKind() + " \"" + f.getId() + "\": ";
            if (f.getBasis() != null && f.getBasis() != Basis.HYPOTHETICAL) {
                problems.add(what + "field \"basis\": a scenario's facts are made up; use HYPOTHETICAL, not " + f.getBasis());
            }
            if (f.getSources() != null && !f.getSources().isEmpty() && !ownSources.containsAll(f.getSources())) {
                problems.add(what + "field \"sources\": cite the scenario's own hypothetical source (added under"
                        + " \"add\": {\"sources\": ...}), not the base case's evidence");
            }
            facts.add(f);
            fileOf.putIfAbsent(f.getId(), file);
        }
        // The case checks name case.json and sources.json inside the folder; for facts written
        // in the scenario file itself, name the file.
        for (String problem : FactChecks.check(folder, partnership, sources, facts, fileOf)) {
            problems.add(problem.replace(folder.resolve(FactFileKind.CASE_FILE) + ": ", file + ": ")
                    .replace(folder.resolve(FactFileKind.SOURCES.fileName()) + ": ", file + ": "));
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
        Path caseFolder = Files.isDirectory(folder) ? folder : file.toAbsolutePath().getParent();
        return new CaseFacts(caseFolder, partnership, sources, facts, fileOf, lawFolder);
    }

    /** A study is one of the case's sources and says what it concluded. */
    private static void checkStudy(Path file, StudyJudgement study, CaseFacts facts) throws BadFactsException {
        if (study == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (study.source() == null || !facts.sources().containsKey(study.source())) {
            problems.add(file + ": field \"study\": \"source\" must be the id of one of the case's sources "
                    + facts.sources().keySet() + ", not " + (study.source() == null ? "nothing" : "\"" + study.source() + "\""));
        }
        if (study.verdict() == null || study.verdict().isBlank()) {
            problems.add(file + ": field \"study\": \"verdict\" is required: the study's own verdict in its words");
        }
        if (!problems.isEmpty()) {
            throw new BadFactsException(problems);
        }
    }

    private static <T> T read(Path file, Class<T> type) throws BadFactsException {
        if (!Files.isRegularFile(file)) {
            throw new BadFactsException(file + ": no such scenario file");
        }
        // Through nio, not java.io: the kb daemon resolves relative paths against the client's folder (kb.daemon.WorkingDirectory).
        try (var in = Files.newInputStream(file)) {
            T value = StrictJson.MAPPER.readValue(in, type);
            if (value == null) {
                throw new BadFactsException(file + ":1:1: empty; expected a scenario object {...}");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadFactsException(StrictJson.describe(file, e));
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Path resolve(Path file, String relative) {
        Path parent = file.toAbsolutePath().getParent();
        Path resolved = parent.resolve(relative).normalize();
        // Keep paths relative when the scenario's was, so messages stay short.
        Path cwd = Path.of("").toAbsolutePath();
        return resolved.startsWith(cwd) ? cwd.relativize(resolved) : resolved;
    }

    private static String nameOf(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }
}
