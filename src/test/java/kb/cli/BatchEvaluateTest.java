package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.generate.CaseFolderWriter;
import kb.generate.CaseGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchEvaluateTest {

    @Test
    void aFolderOfCasesGivesOneSortedCsvLinePerCase() {
        CliRunner r = CliRunner.run("evaluate", "facts", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("case,F1,F2,F3,F4,F5,F6,factorsMet,verdict,possibleVerdicts");
        // One line per case folder of facts/ (real and made-up cases alike), sorted by folder.
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList())
                .isEqualTo(caseFolders());
        assertThat(lines).contains(
                "facts/batam-gimje,MET,MET,MET,NOT_MET,MET,NOT_MET,4,NOT_OPTIMAL,NOT_OPTIMAL",
                "facts/hypothetical-active-partnership,MET,MET,MET,MET,MET,MET,6,OPTIMAL,OPTIMAL",
                "facts/hypothetical-central-government-blocks,MET,NOT_MET,MET,MET,NOT_MET,MET,4,LESS_THAN_OPTIMAL,LESS_THAN_OPTIMAL",
                // Legal basis met under the law of its period (the 1993 circular, F3.4); the rest left open by coarse dates or nothing recorded.
                "facts/hypothetical-coarse-dates-1988,UNDETERMINED,UNDETERMINED,MET,UNDETERMINED,UNDETERMINED,UNDETERMINED,1,"
                        + "UNDETERMINED,OPTIMAL LESS_THAN_OPTIMAL NOT_OPTIMAL",
                "facts/hypothetical-letter-of-intent-only,NOT_MET,NOT_MET,NOT_MET,NOT_MET,NOT_MET,NOT_MET,0,NOT_OPTIMAL,NOT_OPTIMAL",
                // No instrument known in 1984 permitted it, and nothing rules it out: F3 UNDETERMINED, never NOT MET.
                "facts/hypothetical-mou-1984,UNDETERMINED,UNDETERMINED,UNDETERMINED,MET,UNDETERMINED,UNDETERMINED,1,"
                        + "UNDETERMINED,OPTIMAL LESS_THAN_OPTIMAL NOT_OPTIMAL",
                // F4 NOT MET over 2003-2013 (a recorded search): not optimal however the four open factors come out.
                "facts/hypothetical-two-periods,UNDETERMINED,UNDETERMINED,MET,NOT_MET,UNDETERMINED,UNDETERMINED,1,NOT_OPTIMAL,NOT_OPTIMAL",
                "facts/semarang-beihai,MET,MET,MET,NOT_MET,UNDETERMINED,UNDETERMINED,3,NOT_OPTIMAL,NOT_OPTIMAL");
    }

    private static List<String> caseFolders() {
        try (java.util.stream.Stream<Path> folders = Files.list(Path.of("facts"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("case.json")))
                    .map(f -> "facts/" + f.getFileName()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void undeterminedFactorsAndPossibleVerdictsShowInEveryBatchFormat(@TempDir Path tmp) throws Exception {
        Path copy = kb.TestFolders.copy(Path.of("facts/batam-gimje"), tmp.resolve("open"));
        Files.delete(copy.resolve("absences.json"));
        String folder = copy.toString();
        CliRunner csv = CliRunner.run("evaluate", folder, "facts/batam-gimje", "--format", "csv");
        assertThat(csv.out()).contains(folder + ",MET,MET,MET,UNDETERMINED,MET,UNDETERMINED,4,UNDETERMINED,"
                + "OPTIMAL LESS_THAN_OPTIMAL NOT_OPTIMAL");
        CliRunner jsonl = CliRunner.run("evaluate", folder, "facts/batam-gimje", "--format", "jsonl");
        assertThat(jsonl.out()).contains("\"F4\":\"UNDETERMINED\"", "\"verdict\":\"UNDETERMINED\"",
                "\"possibleVerdicts\":[\"OPTIMAL\",\"LESS_THAN_OPTIMAL\",\"NOT_OPTIMAL\"]");
        CliRunner table = CliRunner.run("evaluate", folder, "facts/batam-gimje");
        assertThat(table.out()).containsPattern("UNDETERMINED +MET +UNDETERMINED +UNDETERMINED \\(possible: OPTIMAL,"
                + " LESS_THAN_OPTIMAL, NOT_OPTIMAL\\)");
    }

    @Test
    void theSummaryDoesNotDependOnArgumentOrderOrThreads(@TempDir Path tmp) throws Exception {
        CaseFolderWriter.write(tmp, new CaseGenerator(5, 8), 12);
        List<String> folders = new java.util.ArrayList<>();
        try (var list = Files.list(tmp)) {
            // The generated law library beside the cases is not a case.
            list.filter(p -> !p.getFileName().toString().equals("law")).map(Path::toString).sorted().forEach(folders::add);
        }
        CliRunner one = CliRunner.run(concat(folders, "--format", "jsonl", "--threads", "1"));
        java.util.Collections.reverse(folders);
        CliRunner many = CliRunner.run(concat(folders, "--format", "jsonl", "--threads", "4"));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(many.out()).isEqualTo(one.out());
        assertThat(one.out().lines()).hasSize(12);
        JsonNode first = new ObjectMapper().readTree(one.out().lines().findFirst().orElseThrow());
        assertThat(first.get("case").asText()).endsWith("generated-000000");
        assertThat(first.get("factors").size()).isEqualTo(6);
        assertThat(first.get("verdict").asText()).isIn("OPTIMAL", "LESS_THAN_OPTIMAL", "NOT_OPTIMAL");
    }

    @Test
    void eachJsonLineIsOneCompactObjectWithItsFieldsInOrder() throws Exception {
        CliRunner r = CliRunner.run("evaluate", "facts", "--format", "jsonl");
        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = r.out().lines().toList();
        assertThat(r.out()).endsWith("}\n");
        assertThat(lines).hasSize(caseFolders().size());
        for (String line : lines) {
            // What a JSON tool reads back and writes again compactly is the line itself: no space, no separator.
            assertThat(json.writeValueAsString(json.readTree(line))).isEqualTo(line);
            assertThat(json.readTree(line).fieldNames()).toIterable()
                    .containsExactly("case", "factors", "factorsMet", "verdict", "possibleVerdicts");
        }
        assertThat(lines).contains("{\"case\":\"facts/batam-gimje\",\"factors\":{\"F1\":\"MET\",\"F2\":\"MET\",\"F3\":\"MET\","
                + "\"F4\":\"NOT_MET\",\"F5\":\"MET\",\"F6\":\"NOT_MET\"},\"factorsMet\":4,\"verdict\":\"NOT_OPTIMAL\","
                + "\"possibleVerdicts\":[\"NOT_OPTIMAL\"]}");
    }

    @Test
    void aBadCaseIsReportedOnOneLineAndTheOthersAreStillEvaluated(@TempDir Path tmp) throws Exception {
        CaseFolderWriter.write(tmp, new CaseGenerator(9, 4), 3);
        Path broken = tmp.resolve("generated-000001/motives.json");
        Files.writeString(broken, "{\n  \"motives\": [ { \"id\": \"x\", \"side\": \"NOBODY\" } ]\n}\n");
        Path out = tmp.resolve("summary.csv");
        CliRunner r = CliRunner.run("evaluate", tmp.toString(), "--format", "csv", "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        List<String> errors = r.err().lines().toList();
        // The generated law library beside the cases is named as not a case (nothing is left out in silence).
        assertThat(errors.get(0)).isEqualTo(tmp.resolve("law") + ": skipped: not a case folder (no case.json)");
        assertThat(errors.get(1)).startsWith(broken + ":2:").contains("motive \"x\"");
        assertThat(errors).hasSize(3).last().asString().contains("2 cases evaluated").contains("1 failed");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(3)
                .anyMatch(l -> l.contains("generated-000000")).anyMatch(l -> l.contains("generated-000002"))
                .noneMatch(l -> l.contains("generated-000001"));
    }

    @Test
    void jsonIsForOneCase() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "facts/hypothetical-active-partnership", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("jsonl");
    }

    @Test
    void aMissingFolderAmongSeveralIsReportedAndTheRestEvaluated() {
        CliRunner r = CliRunner.run("evaluate", "facts/batam-gimje", "facts/no-such-case");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("facts/no-such-case: error: no such case folder");
        assertThat(r.out()).contains("facts/batam-gimje").contains("1 cases evaluated: 1 NOT_OPTIMAL; 1 failed");
    }

    private static String[] concat(List<String> folders, String... options) {
        List<String> all = new java.util.ArrayList<>(List.of("evaluate"));
        all.addAll(folders);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }
}
