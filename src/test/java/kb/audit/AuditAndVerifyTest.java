package kb.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
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
                .isEqualTo("FactorResult(F4, NOT_MET)"));
        assertThat(rec.at("/result/verdict").asText()).isEqualTo("NOT_OPTIMAL");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no temp file left behind").containsExactly(temp.resolve("audit.json"));
        }
    }

    @Test
    void twoRunsGiveTheSameRecordApartFromTheTimestamp() throws IOException {
        ObjectNode a = (ObjectNode) record(temp.resolve("a.json"));
        ObjectNode b = (ObjectNode) record(temp.resolve("b.json"));
        // The checksum covers the time stamp too, so it differs with it.
        for (ObjectNode r : List.of(a, b)) {
            r.remove("createdAt");
            r.remove(AuditRecord.CHECKSUM_FIELD);
        }
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
        // Gimje's motive is gone and nothing records a search for it: F2 is undetermined, no tally
        // is made, and the verdict is not optimal however F2 comes out.
        assertThat(r.out()).contains("fact file changed: motives.json", "conclusion vanished: FactorResult(F2, MET)",
                "conclusion appeared: FactorResult(F2, UNDETERMINED)", "conclusion vanished: FactorTally(4, 6)")
                .doesNotContain("verdict changed");
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

    /** A forger who knows the format: changes the record, then puts a matching checksum on it. */
    private Path forged(java.util.function.Consumer<ObjectNode> forge) throws IOException {
        Path file = temp.resolve("forged.json");
        ObjectNode rec = (ObjectNode) record(file);
        forge.accept(rec);
        rec.put(AuditRecord.CHECKSUM_FIELD, AuditRecord.checksum(rec));
        Files.write(file, kb.report.ResultJson.WRITER.writeValueAsBytes(rec));
        return file;
    }

    private static CliRunner verifyFails(Path file) {
        CliRunner r = CliRunner.run("verify", file.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).startsWith("not reproduced");
        return r;
    }

    @Test
    void everyFactorSetToMetWithAForgedReasonIsFound() throws IOException {
        Path file = forged(rec -> rec.withArray("/result/factors").forEach(f -> ((ObjectNode) f)
                .put("met", true).put("reason", "Forged: everything is fine")));
        CliRunner r = verifyFails(file);
        assertThat(r.out()).contains("result/factors/3/met: recorded true, now false")
                .contains("result/factors/5/met: recorded true, now false")
                .contains("result/factors/0/reason: recorded \"Forged: everything is fine\", now \"Beginning is met");
    }

    @Test
    void aResultCutToItsVerdictIsFound() throws IOException {
        Path file = forged(rec -> {
            ObjectNode cut = rec.objectNode();
            cut.put("verdict", rec.at("/result/verdict").asText());
            rec.set("result", cut);
        });
        CliRunner r = verifyFails(file);
        assertThat(r.out()).contains("result/factors: recorded (absent), now [")
                .contains("result/factorsMet: recorded (absent), now 4").doesNotContain("verdict changed");
    }

    @Test
    void anotherCaseIdIsFound() throws IOException {
        Path file = forged(rec -> rec.with("case").put("id", "surabaya-seattle"));
        assertThat(verifyFails(file).out()).contains("case id differs: recorded surabaya-seattle, now batam-gimje");
    }

    @Test
    void otherToolAndDroolsVersionsAreReportedAsSuch() throws IOException {
        Path file = forged(rec -> rec.with("tool").put("version", "9.9.9").put("drools", "7.74.1.Final"));
        assertThat(verifyFails(file).out()).contains("tool version differs: recorded kb 9.9.9, now kb " + kb.Version.tool())
                .contains("Drools version differs: recorded 7.74.1.Final, now 10.2.0");
    }

    @Test
    void anEditWithoutAMatchingChecksumIsFoundEvenWhereNothingElseIsCompared() throws IOException {
        Path file = temp.resolve("audit.json");
        ObjectNode rec = (ObjectNode) record(file);
        rec.put("createdAt", "1999-01-01T00:00:00Z");
        Files.write(file, kb.report.ResultJson.WRITER.writeValueAsBytes(rec));
        assertThat(verifyFails(file).out()).contains("the record was edited after it was written");
    }

    @Test
    void aRuleFolderNamedInTheRecordIsNeverRun() throws IOException {
        Path evil = TestFolders.copy(Path.of("rules"), temp.resolve("evil-rules"));
        Path params = evil.resolve("parameters.json");
        Files.writeString(params, Files.readString(params).replace("\"number\": 1,", "\"number\": 0,"));
        Path file = forged(rec -> {
            AuditRecord.relocate(rec, "rules/", evil + "/");
            rec.with("rules").put("folder", evil.toString());
        });
        CliRunner r = CliRunner.run("verify", file.toString());
        // Checked against the project's rules, which are unchanged: the record's folder is only named.
        assertThat(r.out()).contains("note: the record was made with the rules in " + evil + "; checked against rules")
                .contains("reproduced: case batam-gimje gives NOT_OPTIMAL again");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void verifyShowsTheChangedLinesOfAnEditedRuleFile() throws IOException {
        Path file = temp.resolve("audit.json");
        record(file);
        Path rules = TestFolders.copy(Path.of("rules"), temp.resolve("rules"));
        Path f4 = rules.resolve("f4-implementation.drl");
        TestFolders.editFirst(f4, "signedOn != null, signedOn.certainlyBefore($date) )", "signedOn != null, signedOn.possiblyBefore($date) )");
        CliRunner r = CliRunner.run("verify", file.toString(), "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).contains("--- recorded/f4-implementation.drl", "+++ now/f4-implementation.drl")
                .containsPattern("\\n +-.*signedOn\\.certainlyBefore\\(\\$date\\) \\)")
                .containsPattern("\\n +\\+.*signedOn\\.possiblyBefore\\(\\$date\\) \\)")
                // The copy has no schema/ folder; the schemas are the tool's own, not part of the rules compared.
                .doesNotContain("schema/");
    }

    @Test
    void aRecordKeepsFoldersRelativeToTheProjectAndVerifyTakesACaseElsewhere() throws IOException {
        Path file = temp.resolve("audit.json");
        JsonNode rec = record(file);
        assertThat(rec.at("/case/folder").asText()).isEqualTo("facts/batam-gimje");
        assertThat(rec.at("/rules/folder").asText()).isEqualTo("rules");
        assertThat(rec.at("/firings/0/location").asText()).startsWith("rules/");
        Path moved = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("elsewhere"));
        CliRunner r = CliRunner.run("verify", file.toString(), "--case", moved.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void auditWithSeveralCasesWritesOneRecordPerCaseAndEachVerifies() throws IOException {
        Path dir = temp.resolve("records");
        Path other = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("copy-of-batam"));
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", other.toString(), "--audit", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote 2 audit records to " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("batam-gimje.audit.json", "copy-of-batam.audit.json");
        }
        for (String name : new String[] {"batam-gimje.audit.json", "copy-of-batam.audit.json"}) {
            CliRunner v = CliRunner.run("verify", dir.resolve(name).toString());
            assertThat(v.exitCode()).as(name + ": " + v.out() + v.err()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void auditWithSeveralCasesAndAFileIsRefused() throws IOException {
        Path file = temp.resolve("audit.json");
        Files.writeString(file, "{}");
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "facts/hypothetical-active-partnership",
                "--audit", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("--audit " + file + ": with several cases --audit names a folder"
                + " (one record per case is written into it), and this is a file");
        assertThat(Files.readString(file)).isEqualTo("{}");
    }
}
