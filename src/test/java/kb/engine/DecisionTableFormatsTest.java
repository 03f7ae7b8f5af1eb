package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verdict table saved by a spreadsheet in any of the ways one saves it gives the same
 * verdicts, from the same rows, as the shipped CSV: semicolons (an Indonesian-locale
 * spreadsheet), a byte-order mark with CRLF line ends, TRUE/FALSE in capitals, and .drl.xlsx.
 * What a spreadsheet saves that cannot be a table gets a message at its row, exit 1.
 */
class DecisionTableFormatsTest {
    private static final String TABLE = "verdict.drl.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aSemicolonSeparatedCopyOfTheVerdictTableGivesTheSameVerdicts() throws Exception {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        List<SheetCells.Row> rows = SheetCells.csv(Files.readAllBytes(Shipped.RULES.resolve(TABLE)));
        Files.writeString(rules.resolve(TABLE), asCsv(rows, ";", "\n"), StandardCharsets.UTF_8);
        assertThat(Files.readString(rules.resolve(TABLE))).startsWith("RuleSet;kb.rules;");

        assertSameVerdictsAsShipped(rules, TABLE);
    }

    @Test
    void aByteOrderMarkCrlfAndCapitalBooleansGiveTheSameVerdicts() throws Exception {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        String text = Files.readString(Shipped.RULES.resolve(TABLE)).replace(",true,", ",TRUE,").replace(",false,", ",False,")
                .replaceAll("\\R", "\r\n");
        assertThat(text).contains(",TRUE,", ",False,");
        Files.writeString(rules.resolve(TABLE), "\uFEFF" + text, StandardCharsets.UTF_8);

        assertSameVerdictsAsShipped(rules, TABLE);
    }

    @Test
    void theVerdictTableAsXlsxGivesTheSameVerdictsFromTheSameRows() throws Exception {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        List<SheetCells.Row> rows = SheetCells.csv(Files.readAllBytes(Shipped.RULES.resolve(TABLE)));
        Files.delete(rules.resolve(TABLE));
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(rules.resolve("verdict.drl.xlsx"))) {
            Sheet sheet = book.createSheet("Verdict");
            for (SheetCells.Row r : rows) {
                Row row = sheet.createRow(r.number() - 1);
                for (int c = 0; c < r.cells().size(); c++) {
                    String v = r.cells().get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    // As a spreadsheet stores them: numbers as numbers, true/false as booleans.
                    if (v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(v));
                    } else if (v.equals("true") || v.equals("false")) {
                        row.createCell(c).setCellValue(Boolean.parseBoolean(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            book.write(out);
        }

        assertSameVerdictsAsShipped(rules, "verdict.drl.xlsx");
    }

    @Test
    void anUnclosedQuoteIsAnErrorAtTheRowWhereItStarts() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        Files.writeString(rules.resolve(TABLE), Files.readString(rules.resolve(TABLE)) + "\"A row whose name is never closed,V.6\n");

        CliRunner r = CliRunner.run("evaluate", Shipped.BATAM_GIMJE.toString(), "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(rules + "/" + TABLE + ":14: error: a quoted cell (\"...) that starts on this line is never closed")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void aWordWhereTheTableNeedsANumberIsAnErrorAtItsRowAndColumn() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve(TABLE), "Verdict table, docs/framework.md\",0,3,,", "Verdict table, docs/framework.md\",0,three,,");

        CliRunner r = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/" + TABLE + ":13: error: in \"met <= three\", \"three\" is not a field of FactorTally"
                        + " nor a value: write a number in digits, text in double quotes, or one of FactorTally's fields (cell G13)")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    private void assertSameVerdictsAsShipped(Path rules, String tableFile) throws IOException {
        for (Path c : Shipped.casesWithExpectations()) {
            JsonNode shipped = evaluate(c, Shipped.RULES);
            JsonNode copy = evaluate(c, rules);
            assertThat(copy.path("verdict").asText()).as(c.toString()).isEqualTo(shipped.path("verdict").asText()).isNotEmpty();
            assertThat(copy.path("possibleVerdicts")).as(c.toString()).isEqualTo(shipped.path("possibleVerdicts"));
            assertThat(copy.path("verdictRule").path("id").asText()).isEqualTo(shipped.path("verdictRule").path("id").asText());
            if (!shipped.hasNonNull("verdictRule")) {
                // With a factor undetermined the verdict rests on every completion, not on one row
                // (also when all completions agree): neither evaluation names a row.
                assertThat(shipped.path("factors").toString()).as(c.toString()).contains("UNDETERMINED");
                assertThat(copy.hasNonNull("verdictRule")).as(c.toString()).isFalse();
                continue;
            }
            String row = shipped.path("verdictRule").path("location").asText().replaceAll(".*:", ":");
            assertThat(copy.path("verdictRule").path("location").asText()).isEqualTo(rules + "/" + tableFile + row);
        }
        // Every scenario and expected.json passes or fails with the copy exactly as with the shipped table
        // (whether the shipped rules pass them all is ScenariosTest's question).
        CliRunner test = CliRunner.run("test", "--rules", rules.toString());
        CliRunner shippedTest = CliRunner.run("test", "--rules", Shipped.RULES.toString());
        assertThat(test.exitCode()).as(test.out() + test.err()).isEqualTo(shippedTest.exitCode());
        assertThat(verdictsOf(test)).as(test.out()).isNotEmpty().isEqualTo(verdictsOf(shippedTest));
    }

    /** The PASS/FAIL line of each spec, its actual results and the count line of a kb test run. */
    private static List<String> verdictsOf(CliRunner test) {
        return test.out().lines().filter(l -> l.startsWith("PASS") || l.startsWith("FAIL")
                || l.strip().startsWith("actual") || l.matches("\\d+ passed.*")).toList();
    }

    private static JsonNode evaluate(Path c, Path rules) throws IOException {
        CliRunner r = CliRunner.run("evaluate", c.toString(), "--rules", rules.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(r.out());
    }

    private static String asCsv(List<SheetCells.Row> rows, String separator, String lineEnd) {
        List<String> lines = new ArrayList<>();
        for (SheetCells.Row r : rows) {
            lines.add(String.join(separator, r.cells().stream()
                    .map(v -> v.contains(separator) || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList()));
        }
        return String.join(lineEnd, lines) + lineEnd;
    }
}
