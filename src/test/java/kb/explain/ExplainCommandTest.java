package kb.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestFolders;
import kb.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
    @TempDir
    Path temp;

    @Test
    void f4ShowsTheRuleItsLineThePeriodAndWhyEachActivityDidNotCount() {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        assertThat(out).startsWith("F4 Implementation (penerapan paradiplomasi): NOT MET");
        assertThat(out).containsPattern("needs F4\\.1 \"At least the minimum number[^\"]*\" \\(rules/f4-implementation\\.drl:\\d+\\)");
        assertThat(out).contains("period under study: 2013-2018", "parameter min-realised-activities = 1", "counted: none");
        // Every activity of the case is listed as a candidate with its reasons.
        for (String id : List.of("A-2011-07-batam-exploration", "A-2011-08-gimje-delegation", "A-2011-08-03-kadin-meeting",
                "A-2011-09-28-loi-signing", "A-2012-dahlan-visit", "A-2013-08-17-mou-signing")) {
            assertThat(out).contains("activity " + id);
        }
        assertThat(reasonsOf(out, "A-2013-08-17-mou-signing"))
                .anyMatch(l -> l.contains("F4.C1 \"A signing ceremony is the agreement itself, not its implementation\""));
        assertThat(reasonsOf(out, "A-2011-07-batam-exploration"))
                .anyMatch(l -> l.contains("F4.C3 \"An activity outside the period under study does not count\""))
                .anyMatch(l -> l.contains("F4.C5"));
        assertThat(out).contains("decided by D.NOT_MET", "not met: evidence bears on it, F4.B",
                "absence AB-no-joint-activity-2013-2018").contains("thesis: Rizki Kumala");
    }

    @Test
    void f6ReadsAsAnAbsenceOfOutcomes() {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F6");
        assertThat(r.out()).contains("I6.1 does not hold", "needs F6.1", "the case records no Outcome at all",
                "absence AB-no-results-2013-2018");
    }

    @Test
    void theWholeTreeGoesFromVerdictThroughTheTableRowToEveryFactor() {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).isEqualTo("Verdict: NOT_OPTIMAL (tidak optimal)");
        assertThat(lines[1]).contains("V.4", "rules/verdict.drl.csv:");
        for (String f : List.of("F1", "F2", "F3", "F4", "F5", "F6")) {
            assertThat(r.out()).containsPattern("─ " + f + " [^\\n]*: (MET|NOT MET)\\n");
        }
        // A met factor shows the matched facts and their source ids; citations are listed once.
        assertThat(r.out()).contains("legal-instrument L-2013-08-17-mou, 2013-08-17", "[antara-389247, antara-391021, thesis]")
                .contains("antara-389247: Antara (Jannatun Naim), \"Perutusan Korea Selatan hadiri upacara proklamasi di Batam\", 2013"
                        + " (a Monday before 17 August 2013) <https://antaranews.com/berita/389247/perutusan-korea-selatan-hadiri-upacara-proklamasi-di-batam>");
    }

    @Test
    void jsonGivesTheSameTree() throws IOException {
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F4", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("kind").asText()).isEqualTo("factor");
        List<JsonNode> facts = new ArrayList<>();
        collect(root, facts);
        assertThat(facts).extracting(n -> n.get("fact").get("id").asText()).contains("A-2013-08-17-mou-signing");
        JsonNode mou = facts.stream().filter(n -> n.get("fact").get("id").asText().equals("A-2013-08-17-mou-signing"))
                .findFirst().orElseThrow();
        assertThat(mou.get("fact").get("sources").get(0).get("citation").asText()).contains("Antara");
        // Each source carries the passage the fact rests on; the tree shows it as a child beside the reasons.
        assertThat(mou.get("fact").get("sources")).allSatisfy(s -> assertThat(s.path("quote").asText()).isNotBlank());
        assertThat(mou.get("children")).anySatisfy(c -> assertThat(c.path("rule").path("id").asText()).isEqualTo("F4.C1"));
    }

    @Test
    void aRuleAnAnalystAddsAppearsInTheTreeWithNoJavaChange() throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve("f3-exploration-documented.drl"), """
                package kb.rules;

                import kb.facts.*;
                import kb.conclusions.*;

                rule "An exploration visit documented the partner before the agreement"
                    @id("F3.X") @factor("F3") @indicator("I3.9") @ref("hypothetical analyst rule for a test")
                    salience 10
                when
                    $visit : Activity( type == Activity.Type.EXPLORATION_VISIT )
                then
                    insertLogical( new IndicatorSatisfied("F3", "I3.9") );
                end
                """);
        CliRunner r = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F3", "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("I3.9 holds")
                .containsPattern("because F3\\.X \"An exploration visit documented the partner before the agreement\" \\(.*f3-exploration-documented\\.drl:6\\)")
                .contains("activity A-2011-07-batam-exploration");
    }

    private static List<String> reasonsOf(String tree, String factId) {
        List<String> lines = tree.lines().toList();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("activity " + factId + ",")) {
                // Under the fact line come the quotes it rests on ("id: \u201c...\u201d"), then its reasons.
                int j = i + 1;
                while (j < lines.size() && lines.get(j).contains(": \u201c")) {
                    j++;
                }
                for (; j < lines.size() && lines.get(j).contains("does not count"); j++) {
                    reasons.add(lines.get(j));
                }
            }
        }
        return reasons;
    }

    private static void collect(JsonNode n, List<JsonNode> facts) {
        if (n.has("fact")) {
            facts.add(n);
        }
        n.path("children").forEach(c -> collect(c, facts));
    }
}
