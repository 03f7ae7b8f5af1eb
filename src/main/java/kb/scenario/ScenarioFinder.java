package kb.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.facts.FactFileKind;

/**
 * Finds the scenario files under the paths given: a file is taken as it is; a folder is
 * searched for {@code *.json} scenario files and for the {@code expected.json} of every case
 * folder in it (the other files of a case folder are facts, not scenarios). Sorted by path.
 */
public final class ScenarioFinder {
    public static final String SCENARIOS_FOLDER = "scenarios";
    public static final String FACTS_FOLDER = "facts";

    private ScenarioFinder() {
    }

    /** What {@code kb test} runs with no path: scenarios/ and every facts/[case]/expected.json. */
    public static List<Path> defaults(Path home) {
        TreeSet<Path> found = new TreeSet<>();
        Path scenarios = home.resolve(SCENARIOS_FOLDER);
        if (Files.isDirectory(scenarios)) {
            found.addAll(find(List.of(scenarios)));
        }
        // Only the cases' expected.json: anything else under facts/ (schemas, notes) is not a scenario.
        try (Stream<Path> cases = Files.isDirectory(home.resolve(FACTS_FOLDER))
                ? Files.list(home.resolve(FACTS_FOLDER)) : Stream.empty()) {
            cases.map(c -> c.resolve(FactFileKind.EXPECTED_FILE)).filter(Files::isRegularFile).map(Path::normalize)
                    .forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    public static List<Path> find(List<Path> paths) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioFinder::isScenario).map(Path::normalize)
                            .forEach(found::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                found.add(p.normalize());
            }
        }
        return List.copyOf(found);
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        // JSON Schemas (facts/schema/*.schema.json) describe fact files; they are not scenarios.
        if (!name.endsWith(".json") || name.startsWith(".") || name.endsWith(".schema.json")) {
            return false;
        }
        // The law library's files (facts/law/) are not scenarios either.
        if (Files.exists(file.resolveSibling(FactFileKind.NATIONAL_LAW.fileName()))) {
            return false;
        }
        boolean inCaseFolder = Files.exists(file.resolveSibling(FactFileKind.CASE_FILE));
        return inCaseFolder ? name.equals(FactFileKind.EXPECTED_FILE) : true;
    }
}
