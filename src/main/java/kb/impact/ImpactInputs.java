package kb.impact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import kb.batch.CaseFailure;
import kb.batch.CaseFolders;
import kb.facts.FactFileKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the paths named on the command line into what {@code kb impact} compares: case folders
 * (a folder holding case.json, or the case folders inside a folder, as {@code kb evaluate} reads
 * them, generated batches included) and scenario files (a {@code .json} file, or the scenario files
 * under a folder that holds no case). A folder with neither, such as {@code facts/schema} when
 * the shell expands {@code facts/*}, is skipped with a note: it holds nothing to compare.
 */
public final class ImpactInputs {
    private ImpactInputs() {
    }

    public record Found(List<Path> inputs, List<CaseFailure> problems, List<String> skipped) {
    }

    public static Found expand(List<Path> arguments) {
        TreeSet<Path> inputs = new TreeSet<>();
        List<CaseFailure> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path p : arguments) {
            Path path = p.normalize();
            if (Files.isRegularFile(path)) {
                inputs.add(path);
            } else if (!Files.isDirectory(path)) {
                problems.add(CaseFailure.badInput(path, path + ": no such case folder or scenario file"));
            } else if (CaseFolders.isCase(path) || CaseFolders.holdsCases(path)) {
                inputs.addAll(CaseFolders.expand(List.of(path)).cases());
            } else {
                List<Path> scenarios = scenariosIn(path);
                if (scenarios.isEmpty()) {
                    skipped.add(path + ": no case folder or scenario in it; skipped");
                }
                inputs.addAll(scenarios);
            }
        }
        return new Found(List.copyOf(inputs), problems, skipped);
    }

    /**
     * Scenario files under a folder: JSON objects with a "name" and a "case" or "partnership", as
     * {@code kb test} reads them. Other JSON (a law library, JSON Schemas, a case folder's files) is not a scenario.
     */
    private static List<Path> scenariosIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ImpactInputs::looksLikeScenario).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean looksLikeScenario(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") || name.endsWith(".schema.json") || name.startsWith(".")
                || Files.exists(file.resolveSibling(FactFileKind.CASE_FILE))) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return root != null && root.isObject() && root.has("name") && (root.has("case") || root.has("partnership"));
        } catch (IOException e) {
            return true; // unreadable: let the scenario loader say what is wrong with it
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
