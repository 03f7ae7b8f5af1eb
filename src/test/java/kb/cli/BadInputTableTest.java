package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kb.TestFolders;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README table "Bad input and what it gets" honest: each row is a scenario here
 * that breaks a small valid case (src/test/resources/bad-input/case) one way, runs
 * {@code kb evaluate}, and checks the exit code and every line printed, word for word,
 * against the row. A row without a scenario, or a scenario without a row, fails too.
 */
class BadInputTableTest {
    private static final Path README = Path.of("README.md");
    private static final String SECTION = "## Bad input and what it gets";
    private static final Path BASE = Path.of("src/test/resources/bad-input/case");

    @TempDir
    Path temp;

    /** What a row does to the copy of the case (and of rules/), and the extra arguments it needs. */
    private record Scenario(Consumer<Path> breakCase, Consumer<Path> breakRules, List<String> args) {
        static Scenario ofCase(Consumer<Path> breakCase, String... args) {
            return new Scenario(breakCase, r -> { }, List.of(args));
        }
    }

    private static Consumer<Path> edit(String file, String literal, String replacement) {
        return c -> TestFolders.editFirst(c.resolve(file), literal, replacement);
    }

    private static Consumer<Path> write(String file, String content) {
        return c -> {
            try {
                Files.writeString(c.resolve(file), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Consumer<Path> all(List<Consumer<Path>> steps) {
        return c -> steps.forEach(s -> s.accept(c));
    }

    private static String loopRule() {
        return """
                package kb.rules;
                import kb.facts.*;
                rule "Test: a motive is looked at again and again"
                    @id("T.LOOP") @factor("F2") @indicator("I2.1") @ref("test only")
                when
                    $m : Motive()
                then
                    update($m);
                end
                """;
    }

    private static String throwingRule() {
        return """
                package kb.rules;
                import kb.facts.*;
                rule "Test: the signing breaks the rule"
                    @id("T.THROW") @factor("F4") @indicator("I4.1") @ref("test only")
                when
                    $a : Activity( id == "A-signing" )
                then
                    throw new IllegalStateException("boom");
                end
                """;
    }

    /** The rows, in README order; the keys are the first column of the table, word for word. */
    static Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new LinkedHashMap<>();
        s.put("The case folder does not exist", Scenario.ofCase(c -> { }, "NO-CASE"));
        s.put("A required file is missing (`sources.json`)", Scenario.ofCase(c -> {
            try {
                Files.delete(c.resolve("sources.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        s.put("A `.json` file the tool does not know (`activity.json`)", Scenario.ofCase(write("activity.json", "{}")));
        s.put("A fact file that is a folder", Scenario.ofCase(c -> {
            try {
                Files.delete(c.resolve("outcomes.json"));
                Files.createDirectory(c.resolve("outcomes.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        s.put("An empty file", Scenario.ofCase(write("outcomes.json", "")));
        s.put("A missing comma", Scenario.ofCase(edit("motives.json", "\"PARTNER\", \"kind\"", "\"PARTNER\" \"kind\"")));
        s.put("A file cut short", Scenario.ofCase(c -> {
            try {
                String text = Files.readString(c.resolve("activities.json"));
                Files.writeString(c.resolve("activities.json"), text.substring(0, 200));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        s.put("A field given twice in one object", Scenario.ofCase(
                edit("motives.json", "\"kind\": \"ECONOMIC\",", "\"kind\": \"ECONOMIC\", \"kind\": \"POLITICAL\",")));
        s.put("Text after the closing brace", Scenario.ofCase(edit("outcomes.json", "  ]\n}\n", "  ]\n}\n}\n")));
        s.put("A misspelt field name (`statuz`)", Scenario.ofCase(edit("activities.json", "\"status\"", "\"statuz\"")));
        s.put("A misspelt value (`JOINT_PROGRAM`)", Scenario.ofCase(edit("activities.json", "\"JOINT_PROGRAMME\"", "\"JOINT_PROGRAM\"")));
        s.put("A required field left out", Scenario.ofCase(edit("motives.json", "\"side\": \"PARTNER\", ", "")));
        s.put("A number in quotes", Scenario.ofCase(edit("case.json", "\"from\": 2015", "\"from\": \"2015\"")));
        s.put("A date in the wrong shape", Scenario.ofCase(edit("activities.json", "\"2016-04-11\"", "\"11/04/2016\"")));
        s.put("A date that is not on the calendar", Scenario.ofCase(edit("activities.json", "\"2015-03-02\"", "\"2015-02-30\"")));
        s.put("A fact without a source", Scenario.ofCase(edit("activities.json", "[\"made-up-web\"]", "[]")));
        s.put("A blank summary", Scenario.ofCase(edit("activities.json", "\"The MoU is signed\"", "\" \"")));
        s.put("An id with a space", Scenario.ofCase(edit("motives.json", "\"M-local\"", "\"M local\"")));
        s.put("A URL that is not a web address", Scenario.ofCase(edit("sources.json", "\"https://example.org/contoh\"", "\"example.org/contoh\"")));
        s.put("A source id that does not exist", Scenario.ofCase(edit("outcomes.json", "[\"made-up\"]", "[\"made-up\", \"thesis\"]")));
        s.put("Two facts with the same id, in two files", Scenario.ofCase(edit("motives.json", "\"M-partner\"", "\"A-visit\"")));
        s.put("Two sources with the same id", Scenario.ofCase(edit("sources.json", "{\"id\": \"made-up-web\"", "{\"id\": \"made-up\"")));
        s.put("A period that ends before it starts", Scenario.ofCase(edit("case.json", "\"to\": 2019", "\"to\": 2012")));
        s.put("An activity that ends before it starts", Scenario.ofCase(edit("activities.json", "\"2016-04-15\"", "\"2016-04-01\"")));
        s.put("An agreement that ends before it took effect", Scenario.ofCase(
                edit("legal-instruments.json", "\"inForceFrom\": \"2015-03-02\",", "\"inForceFrom\": \"2015-03-02\", \"inForceUntil\": \"2014\",")));
        s.put("A national law copied into a case (`kind` `LAW`)", Scenario.ofCase(
                edit("legal-instruments.json", "\"kind\": \"MEMORANDUM_OF_UNDERSTANDING\"", "\"kind\": \"LAW\"")));
        s.put("A case fact with the id of a law-library instrument", Scenario.ofCase(
                edit("legal-instruments.json", "{\"id\": \"L-mou\"", "{\"id\": \"law-permits\"")));
        s.put("A misspelt field in a source reference (`qoute`)", Scenario.ofCase(
                edit("outcomes.json", "\"sources\": [\"made-up\"]", "\"sources\": [{\"id\": \"made-up\", \"qoute\": \"Pelatihan bersama\"}]")));
        s.put("A quote of a whole page (over 50 words)", Scenario.ofCase(
                edit("outcomes.json", "\"sources\": [\"made-up\"]", "\"sources\": [{\"id\": \"made-up\", \"quote\": \""
                        + "kata ".repeat(60).strip() + "\"}]")));
        s.put("The local government and the partner with one id", Scenario.ofCase(edit("case.json", "{\"id\": \"muster\"", "{\"id\": \"contoh\"")));
        s.put("Several mistakes in several files", Scenario.ofCase(all(List.of(
                edit("activities.json", "\"JOINT_PROGRAMME\"", "\"JOINT_PROGRAM\""),
                edit("motives.json", "\"side\": \"PARTNER\", ", ""),
                edit("outcomes.json", "[\"made-up\"]", "[\"made-up\", \"thesis\"]")))));
        s.put("A file over the size limit (`--max-file-size 4096`)", Scenario.ofCase(
                edit("outcomes.json", "\"outcomes\": [", "\"description\": \"" + "x".repeat(5000) + "\",\n  \"outcomes\": ["),
                "--max-file-size", "4096"));
        s.put("Nesting 2,000 levels deep", Scenario.ofCase(
                edit("activities.json", "\"The MoU is signed\"", "[".repeat(2000) + "]".repeat(2000))));
        s.put("A class name where a value belongs (a deserialization attack)", Scenario.ofCase(
                edit("activities.json", "\"The MoU is signed\"", "[\"java.lang.ProcessBuilder\", {\"command\": [\"id\"]}]")));
        s.put("`$schema` pointing at `/etc/passwd` or `../../x`", Scenario.ofCase(all(List.of(
                edit("activities.json", "\"../../../../facts/schema/activities.schema.json\"", "\"/etc/passwd\""),
                edit("motives.json", "\"../../../../facts/schema/motives.schema.json\"", "\"../../x\"")))));
        s.put("An activity outside the period under study", Scenario.ofCase(c -> { }));
        s.put("`--output` names a folder", Scenario.ofCase(c -> { }, "--output", "OUT-FOLDER"));
        s.put("A rule that keeps firing (`--max-firings 500`)", new Scenario(c -> { },
                r -> write("zz-loop.drl", loopRule()).accept(r), List.of("RULES", "--max-firings", "500")));
        s.put("A rule that throws", new Scenario(c -> { },
                r -> write("zz-throw.drl", throwingRule()).accept(r), List.of("RULES")));
        return s;
    }

    /** README rows: first column to {exit code, message cell}. */
    private static Map<String, String[]> readmeRows() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README has the section " + SECTION).isNotNegative();
        int end = readme.indexOf("\n## ", start + SECTION.length());
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = section.lines().filter(l -> l.startsWith("| ")).toList();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
            assertThat(cells).as(line).hasSize(3);
            rows.put(cells[0].trim(), new String[] {cells[1].trim(), cells[2].trim()});
        }
        return rows;
    }

    @Test
    void everyRowOfTheReadmeTableHasAScenarioAndEveryScenarioARow() throws IOException {
        assertThat(readmeRows().keySet()).containsExactlyElementsOf(scenarios().keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachRowGetsExactlyTheMessageTheReadmeShows() throws IOException {
        Map<String, String[]> rows = readmeRows();
        return scenarios().entrySet().stream().filter(e -> rows.containsKey(e.getKey()))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue(), rows.get(e.getKey()))));
    }

    private void check(String name, Scenario scenario, String[] row) throws IOException {
        Path work = Files.createTempDirectory(temp, "row");
        Path caseCopy = TestFolders.copy(BASE, work.resolve("case"));
        // The small law library beside the case, as facts/law is beside facts/batam-gimje.
        TestFolders.copy(BASE.resolveSibling("law"), work.resolve("law"));
        scenario.breakCase().accept(caseCopy);
        Path rules = TestFolders.copy(Path.of("rules"), work.resolve("rules"));
        scenario.breakRules().accept(rules);

        List<String> args = new ArrayList<>(List.of("evaluate"));
        List<String> extra = new ArrayList<>(scenario.args());
        args.add(extra.remove("NO-CASE") ? work.resolve("no-such-case").toString() : caseCopy.toString());
        if (extra.contains("OUT-FOLDER")) {
            extra.set(extra.indexOf("OUT-FOLDER"), Files.createDirectories(work.resolve("out")).toString());
        }
        if (extra.remove("RULES")) {
            args.addAll(List.of("--rules", rules.toString()));
        }
        args.addAll(extra);
        CliRunner r = CliRunner.run(args.toArray(String[]::new));

        String printed = r.err().lines().map(l -> "`" + l.replace(work + "/", "") + "`")
                .collect(Collectors.joining("<br>"));
        String actualRow = "| " + name + " | " + r.exitCode() + " | " + (r.exitCode() == 0 ? row[1] : printed) + " |";
        assertThat(String.valueOf(r.exitCode())).as("exit code; the row should read:\n" + actualRow).isEqualTo(row[0]);
        if (r.exitCode() == 0) {
            assertThat(r.err()).as(name).isEmpty();
            assertThat(r.out()).as(name).contains("Verdict:");
        } else {
            assertThat(printed).as("message; the row should read:\n" + actualRow).isEqualTo(row[1]);
            assertThat(r.out()).as("nothing on standard output when it fails").isEmpty();
            assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
        }
    }
}
