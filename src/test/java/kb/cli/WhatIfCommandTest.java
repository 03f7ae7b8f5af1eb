package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kb.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb whatif} on Batam–Gimje: one added realised joint activity after the MoU inside the
 * period reaches LESS_THAN_OPTIMAL, that plus an outcome of the cooperation inside the period
 * reaches OPTIMAL; with two activities required (a copy of the rules, no Java change) the first
 * suggestion needs two; every suggestion written as a scenario passes kb test.
 */
class WhatIfCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static JsonNode batam;

    @BeforeAll
    static void run() throws Exception {
        CliRunner r = CliRunner.run("whatif", "facts/batam-gimje", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        batam = JSON.readTree(r.out());
    }

    @Test
    void oneRealisedJointActivityAfterTheMouInsideThePeriodGivesLessThanOptimal() throws Exception {
        JsonNode target = target(batam, "LESS_THAN_OPTIMAL");
        assertThat(target.get("changesNeeded").asInt()).isEqualTo(1);
        JsonNode first = target.get("suggestions").get(0);
        assertThat(first.get("verdict").asText()).isEqualTo("LESS_THAN_OPTIMAL");
        JsonNode change = first.get("changes").get(0);
        assertRealisedJointActivityAfterTheMou(change);
        assertThat(first.get("turns").get("F4").get("to").asText()).isEqualTo("MET");
        assertThat(first.get("fires").toString()).contains("F4.M");
        // The case records a search that found no joint activity in 2013-2018: the suggestion overturns it.
        assertThat(first.get("overturns")).hasSize(1);
        assertThat(first.get("overturns").get(0).get("kind").asText()).isEqualTo("absence");
        assertThat(first.get("overturns").get(0).get("id").asText()).isEqualTo("AB-no-joint-activity-2013-2018");
    }

    @Test
    void thatActivityAndAnOutcomeOfTheCooperationInsideThePeriodGiveOptimal() {
        JsonNode target = target(batam, "OPTIMAL");
        assertThat(target.get("changesNeeded").asInt()).isEqualTo(2);
        JsonNode first = target.get("suggestions").get(0);
        List<String> kinds = new ArrayList<>();
        first.get("changes").forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("activity", "outcome");
        for (JsonNode c : first.get("changes")) {
            assertThat(c.get("action").asText()).isEqualTo("add");
            if (c.get("kind").asText().equals("activity")) {
                assertRealisedJointActivityAfterTheMou(c);
            } else {
                JsonNode outcome = c.get("fact");
                assertThat(outcome.get("attributedToCooperation").asBoolean()).isTrue();
                int year = Integer.parseInt(outcome.get("date").asText().substring(0, 4));
                assertThat(year).isBetween(2013, 2018);
                assertThat(outcome.get("basis").asText()).isEqualTo("HYPOTHETICAL");
            }
        }
    }

    @Test
    void twoRequiredActivitiesNeedTwoAddedActivitiesWithNoJavaChange() throws Exception {
        Path rules = TestFolders.copy(Path.of("rules"), tmp.resolve("rules-two"));
        TestFolders.edit(rules.resolve("parameters.json"), "\"id\": \"min-realised-activities\", \"type\": \"count\", \"number\": 1,",
                "\"id\": \"min-realised-activities\", \"type\": \"count\", \"number\": 2,");
        CliRunner r = CliRunner.run("whatif", "facts/batam-gimje", "--target", "LESS_THAN_OPTIMAL", "--rules", rules.toString(),
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode target = target(JSON.readTree(r.out()), "LESS_THAN_OPTIMAL");
        JsonNode changes = target.get("suggestions").get(0).get("changes");
        changes.forEach(WhatIfCommandTest::assertRealisedJointActivityAfterTheMou);
        // Two activities: two facts, or one fact that stands for several (activities.schema.json: several, count).
        assertThat(activitiesStoodFor(changes)).isEqualTo(2);
        assertThat(activitiesStoodFor(target(batam, "LESS_THAN_OPTIMAL").get("suggestions").get(0).get("changes"))).isEqualTo(1);
    }

    /** How many activities the added facts stand for: each one, or its count, or two when it stands for several. */
    private static int activitiesStoodFor(JsonNode changes) {
        int n = 0;
        for (JsonNode c : changes) {
            JsonNode a = c.get("fact");
            n += a.has("count") ? a.get("count").asInt() : a.path("several").asBoolean(false) ? 2 : 1;
        }
        return n;
    }

    @Test
    void everySuggestionWrittenAsAScenarioPassesKbTest() throws Exception {
        Path out = tmp.resolve("suggested");
        CliRunner r = CliRunner.run("whatif", "facts/batam-gimje", "--scenario-out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertThat(files).isNotEmpty().anyMatch(f -> f.getFileName().toString().contains("less-than-optimal"))
                .anyMatch(f -> f.getFileName().toString().contains("-optimal-"));
        for (Path f : files) {
            JsonNode scenario = JSON.readTree(f.toFile());
            scenario.get("add").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("sources")) {
                    e.getValue().forEach(fact -> assertThat(fact.get("basis").asText()).isEqualTo("HYPOTHETICAL"));
                }
            });
        }
        CliRunner test = CliRunner.run("test", out.toString());
        assertThat(test.exitCode()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains(files.size() + " passed, 0 failed");
    }

    @Test
    void anUndeterminedFactorIsAnsweredWithTheEvidenceThatWouldDecideIt() throws Exception {
        // Batam-Gimje without its recorded searches: F4 and F6 are undetermined.
        Path copy = TestFolders.copy(Path.of("facts/batam-gimje"), tmp.resolve("batam-gimje-unsearched"));
        Files.delete(copy.resolve("absences.json"));
        Files.delete(copy.resolve("expected.json"));
        CliRunner r = CliRunner.run("whatif", copy.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("verdict").asText()).isEqualTo("UNDETERMINED");
        boolean metByActivity = false;
        boolean notMetByAbsence = false;
        for (JsonNode t : json.get("factorTurns")) {
            if (!t.get("factor").asText().equals("F4")) {
                continue;
            }
            assertThat(t.get("from").asText()).isEqualTo("UNDETERMINED");
            JsonNode change = t.get("smallest").get("changes").get(0);
            if (t.get("to").asText().equals("MET")) {
                assertRealisedJointActivityAfterTheMou(change);
                metByActivity = true;
            } else if (t.get("to").asText().equals("NOT_MET")) {
                // A recorded search of the period for the indicator, which the rules read as a finding of absence.
                assertThat(change.get("kind").asText()).isEqualTo("absence");
                assertThat(change.get("fact").get("factor").asText()).isEqualTo("F4");
                assertThat(change.get("fact").get("searched").get("from").asInt()).isLessThanOrEqualTo(2013);
                assertThat(change.get("fact").get("searched").get("to").asInt()).isGreaterThanOrEqualTo(2018);
                notMetByAbsence = true;
            }
        }
        assertThat(metByActivity).isTrue();
        assertThat(notMetByAbsence).isTrue();
        CliRunner text = CliRunner.run("whatif", copy.toString());
        assertThat(text.out()).contains("Evidence still needed (undetermined factors):")
                .containsPattern("F4 -> NOT MET: add an absence: factor F4, indicator I4\\.1, searched 2013-2018");
    }

    @Test
    void anUnknownTargetNamesTheVerdicts() {
        CliRunner r = CliRunner.run("whatif", "facts/batam-gimje", "--target", "BEST");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("--target BEST: not a verdict; allowed: OPTIMAL, LESS_THAN_OPTIMAL");
    }

    /** A realised activity of a type the rules count (joint-activity-types), dated after the MoU of 2013-08-17 and by 2018. */
    private static void assertRealisedJointActivityAfterTheMou(JsonNode change) {
        assertThat(change.get("action").asText()).isEqualTo("add");
        assertThat(change.get("kind").asText()).isEqualTo("activity");
        JsonNode a = change.get("fact");
        assertThat(a.get("status").asText()).isEqualTo("REALISED");
        assertThat(a.get("type").asText()).isIn("JOINT_PROGRAMME", "EXCHANGE", "TRAINING", "TRADE_MISSION", "WORKING_DELEGATION");
        LocalDate date = LocalDate.parse(a.get("date").asText());
        assertThat(date).isAfter(LocalDate.of(2013, 8, 17)).isBeforeOrEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(a.get("basis").asText()).isEqualTo("HYPOTHETICAL");
    }

    private static JsonNode target(JsonNode result, String verdict) {
        for (JsonNode t : result.get("targets")) {
            if (t.get("verdict").asText().equals(verdict)) {
                assertThat(t.get("reached").asBoolean()).as(verdict + " reached").isTrue();
                return t;
            }
        }
        throw new AssertionError("no target " + verdict + " in " + result);
    }
}
