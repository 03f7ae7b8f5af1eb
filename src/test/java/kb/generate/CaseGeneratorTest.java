package kb.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.Shipped;
import kb.conclusions.FactorStatus;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.Basis;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseGeneratorTest {
    private static final int CASES = 60;

    @Test
    void generatedCasesLoadStrictlyAndTheRulesReadThemAsIntended(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("cases");
        CaseGenerator generator = new CaseGenerator(42, 12);
        CaseFolderWriter.write(out, generator, CASES);
        Evaluator evaluator = new Evaluator(Shipped.rules());
        java.util.Set<String> verdicts = new java.util.TreeSet<>();
        boolean someMet = false;
        boolean someNotMet = false;
        for (int i = 0; i < CASES; i++) {
            GeneratedCase intended = generator.generate(i);
            CaseFacts facts = new CaseLoader().load(out.resolve(intended.name()));
            assertThat(facts.partnership().isHypothetical()).isTrue();
            assertThat(facts.facts()).allMatch(f -> f.getBasis() == Basis.HYPOTHETICAL);
            assertThat(facts.facts().stream().filter(f -> f.factKind().equals("activity"))).hasSize(12);
            Evaluation e = evaluator.evaluate(facts, false);
            boolean[] want = intended.intendedFactors();
            for (int f = 0; f < 6; f++) {
                assertThat(e.factors().get(f).status()).as(intended.name() + " " + e.factors().get(f).factor().getId())
                        .isEqualTo(want[f] ? FactorStatus.MET : FactorStatus.NOT_MET);
                someMet |= want[f];
                someNotMet |= !want[f];
            }
            verdicts.add(e.verdict().id());
        }
        assertThat(someMet).isTrue();
        assertThat(someNotMet).isTrue();
        assertThat(verdicts).containsExactlyInAnyOrder("OPTIMAL", "LESS_THAN_OPTIMAL", "NOT_OPTIMAL");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndCaseIDoesNotDependOnTheCount(@TempDir Path tmp) throws Exception {
        CaseFolderWriter.write(tmp.resolve("a"), new CaseGenerator(7, 5), 4);
        CaseFolderWriter.write(tmp.resolve("b"), new CaseGenerator(7, 5), 2);
        CaseFolderWriter.write(tmp.resolve("c"), new CaseGenerator(8, 5), 2);
        List<Path> files = relativeFiles(tmp.resolve("b"));
        assertThat(files).hasSize(2 * 9 + 2); // two cases of nine files, and the law library's two
        boolean differs = false;
        for (Path f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
            differs |= !java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("b").resolve(f)),
                    Files.readAllBytes(tmp.resolve("c").resolve(f)));
        }
        assertThat(differs).as("another seed gives other cases").isTrue();
    }

    @Test
    void noTemporaryFolderIsLeftBehind(@TempDir Path tmp) throws Exception {
        CaseFolderWriter.write(tmp.resolve("cases"), new CaseGenerator(1, 3), 2);
        CaseFolderWriter.write(tmp.resolve("cases"), new CaseGenerator(2, 3), 1);
        try (Stream<Path> list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("cases");
        }
        assertThat(relativeFiles(tmp.resolve("cases"))).allMatch(p -> p.startsWith("generated-000000") || p.startsWith("law"));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
