package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import kb.Shipped;
import kb.cli.CliRunner;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Fact;
import kb.facts.FactFileKind;
import kb.report.ResultJson;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same inputs give the same bytes: over 20 runs, through the command line, with the
 * rules compiled again, and with the facts in any order — in the session and in the files
 * (items and fields shuffled). If this fails, fix the ordering in the engine, not the test.
 */
class DeterminismTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static List<Path> cases() {
        List<Path> cases = new ArrayList<>(Shipped.casesWithExpectations());
        cases.add(Path.of("src/test/resources/bad-input/case"));
        return cases;
    }

    private static String json(Evaluator evaluator, CaseFacts facts) throws Exception {
        return ResultJson.WRITER.writeValueAsString(ResultJson.of(evaluator.evaluate(facts, false)));
    }

    private static CaseFacts load(Path folder) throws BadFactsException {
        return new CaseLoader().load(folder);
    }

    @Test
    void twentyRunsGiveTheSameBytes() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        for (Path c : cases()) {
            String first = json(evaluator, load(c));
            for (int run = 1; run < 20; run++) {
                assertThat(json(evaluator, load(c))).as(c + " run " + (run + 1)).isEqualTo(first);
            }
        }
    }

    @Test
    void theCommandLineAndAFreshCompilationGiveTheSameBytes() throws Exception {
        Evaluator fresh = new Evaluator(RuleBase.load(Shipped.RULES));
        String inProcess = json(new Evaluator(Shipped.rules()), load(Shipped.BATAM_GIMJE));
        assertThat(json(fresh, load(Shipped.BATAM_GIMJE))).isEqualTo(inProcess);
        CliRunner cli = CliRunner.run("evaluate", Shipped.BATAM_GIMJE.toString(), "--format", "json");
        assertThat(cli.out().strip()).isEqualTo(inProcess.strip());
    }

    @Test
    void factsInsertedInAnyOrderGiveTheSameBytes() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        Random random = new Random(5);
        for (Path c : cases()) {
            CaseFacts facts = load(c);
            String expected = json(evaluator, facts);
            Map<String, Path> fileOf = new HashMap<>();
            facts.facts().forEach(f -> fileOf.put(f.getId(), facts.fileOf(f.getId())));
            for (int i = 0; i < 10; i++) {
                List<Fact> shuffled = new ArrayList<>(facts.facts());
                Collections.shuffle(shuffled, random);
                CaseFacts reordered = new CaseFacts(facts.folder(), facts.partnership(), facts.sources(), shuffled, fileOf);
                assertThat(json(evaluator, reordered)).as(c + " shuffle " + i).isEqualTo(expected);
            }
        }
    }

    @Test
    void factFilesWithTheirItemsAndFieldsShuffledGiveTheSameBytes() throws Exception {
        Evaluator evaluator = new Evaluator(Shipped.rules());
        Random random = new Random(6);
        for (Path c : cases()) {
            String expected = json(evaluator, load(c));
            for (int i = 0; i < 5; i++) {
                Path root = temp.resolve(c.getFileName() + "-" + i);
                Path copy = TestFolders.copy(c, root.resolve("case"));
                // A case reads the law library beside it: the copy gets the same one beside it.
                Path law = c.toAbsolutePath().getParent().resolve("law");
                if (Files.isDirectory(law)) {
                    TestFolders.copy(law, root.resolve("law"));
                }
                try (Stream<Path> files = Files.list(copy)) {
                    for (Path f : files.filter(p -> FactFileKind.forFile(p.getFileName().toString()).isPresent()).toList()) {
                        JsonNode tree = JSON.readTree(f.toFile());
                        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(shuffle(tree, random)));
                    }
                }
                assertThat(json(evaluator, load(copy))).as(c + " shuffled files " + i).isEqualTo(expected);
            }
        }
    }

    /** Items of every list and fields of every object in random order (ids and values unchanged). */
    private static JsonNode shuffle(JsonNode node, Random random) {
        if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            // Every list: facts in a file, and the source ids of a fact, whose order means nothing either.
            Collections.shuffle(items, random);
            ArrayNode out = JSON.createArrayNode();
            items.forEach(item -> out.add(shuffle(item, random)));
            return out;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = object.fieldNames();
            it.forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode out = JSON.createObjectNode();
            names.forEach(n -> out.set(n, shuffle(object.get(n), random)));
            return out;
        }
        return node;
    }

    @Test
    void theShuffleReallyChangesTheFiles() throws IOException {
        // Guards the test above: a shuffle that changed nothing would prove nothing.
        Path f = Shipped.BATAM_GIMJE.resolve("activities.json");
        JsonNode tree = JSON.readTree(f.toFile());
        assertThat(shuffle(tree, new Random(6)).get("activities").get(0)).isNotEqualTo(tree.get("activities").get(0));
    }
}
