package kb.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditAndVerifyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private JsonNode record(Path file, String... extra) throws IOException {
        String[] args = Stream.concat(Stream.of("evaluate", "facts/batam-gimje", "--audit", file.toString()),
                Stream.of(extra)).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(file.toFile());
    }

    @Test
    void aRecordHoldsVersionsHashesFiringsDerivationAndVerdict() throws IOException {
        JsonNode rec = record(temp.resolve("audit.json"));
        assertThat(rec.at("/tool/drools").asText()).isEqualTo("10.2.0");
        assertThat(rec.at("/rules/files")).extracting(f -> f.get("path").asText())
                .contains("f1-beginning.drl", "f4-implementation.drl", "verdict.drl.csv", "parameters.json");
        assertThat(rec.at("/facts/files")).extracting(f -> f.get("path").asText())
                .contains("case.json", "activities.json", "sources.json").doesNotContain("expected.json");
        rec.at("/rules/files").forEach(f -> assertThat(f.get("sha256").asText()).matches("[0-9a-f]{64}"));
        JsonNode first = rec.at("/firings/0");
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("location").asText()).matches("rules/.+:\\d+");
        assertThat(rec.get("firings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("V.4");
            assertThat(f.get("inserted").toString()).contains("Verdict(NOT_OPTIMAL");
        });
        assertThat(rec.get("derivation")).anySatisfy(d -> assertThat(d.get("conclusion").asText())
                .isEqualTo("FactorResult(F4, not met)"));
        assertThat(rec.at("/result/verdict").asText()).isEqualTo("NOT_OPTIMAL");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no temp file left behind").containsExactly(temp.resolve("audit.json"));
        }
    }

    @Test
    void twoRunsGiveTheSameRecordApartFromTheTimestamp() throws IOException {
        ObjectNode a = (ObjectNode) record(temp.resolve("a.json"));
        ObjectNode b = (ObjectNode) record(temp.resolve("b.json"));
        a.remove("createdAt");
        b.remove("createdAt");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void verifyOfAFreshRecordSaysReproduced() throws IOException {
        Path file = temp.resolve("audit.json");
        record(file);
        CliRunner r = CliRunner.run("verify", file.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("reproduced: case batam-gimje gives NOT_OPTIMAL again");
    }

    @Test
    void verifyNamesTheEditedRuleFileAndWhatChanged() throws IOException {
        Path file = temp.resolve("audit.json");
        record(file);
        Path rules = TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
        // An analyst lets visits count as implementation.
        Path params = rules.resolve("parameters.json");
        Files.writeString(params, Files.readString(params).replace("\"TRADE_MISSION\", \"WORKING_DELEGATION\"",
                "\"TRADE_MISSION\", \"WORKING_DELEGATION\", \"OFFICIAL_VISIT\""));
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4).replace("signedOn.certainlyBefore($date)", "signedOn.certainlyOnOrBefore($date)"));

        CliRunner r = CliRunner.run("verify", file.toString(), "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).startsWith("not reproduced")
                .containsPattern("rule file changed: f4-implementation\\.drl \\(sha256 [0-9a-f]{64} -> [0-9a-f]{64}\\)")
                .contains("rule file changed: parameters.json")
                .doesNotContain("rule file changed: f1-beginning.drl");
    }

    @Test
    void verifyReportsAChangedFactFileAndTheConclusionsThatMoved() throws IOException {
        Path caseCopy = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("case"));
        Path file = temp.resolve("audit.json");
        CliRunner made = CliRunner.run("evaluate", caseCopy.toString(), "--audit", file.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Path motives = caseCopy.resolve("motives.json");
        Files.writeString(motives, Files.readString(motives).replace("\"side\": \"PARTNER\"", "\"side\": \"LOCAL_GOVERNMENT\"")
                .replace("\"side\": \"BOTH\"", "\"side\": \"LOCAL_GOVERNMENT\""));

        CliRunner r = CliRunner.run("verify", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).contains("fact file changed: motives.json", "conclusion vanished: FactorResult(F2, met)",
                "conclusion appeared: FactorResult(F2, not met)", "conclusion appeared: FactorTally(3 of 6)")
                .doesNotContain("verdict changed"); // 3 of 6 is still not optimal, by another row
        assertThat(r.out()).contains("conclusion vanished: IndicatorSatisfied(F2, I2.2)");
    }

    @Test
    void aFileThatIsNotARecordIsBadInput() throws IOException {
        Path file = temp.resolve("not-a-record.json");
        Files.writeString(file, "{\"hello\": 1}");
        CliRunner r = CliRunner.run("verify", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("not an audit record");
    }

    @Test
    void noRecordIsWrittenWhenTheRulesDoNotBuild() throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), temp.resolve("broken"));
        Files.writeString(rules.resolve("f2-motives.drl"), "rule \"broken\" when then end end");
        Path file = temp.resolve("audit.json");
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "--audit", file.toString(), "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(file).doesNotExist();
    }
}
