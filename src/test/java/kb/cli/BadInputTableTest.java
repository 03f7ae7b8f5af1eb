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
import java.util.function.BiConsumer;
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

    /**
     * What a row does to the copy of the case (and of rules/), the command and its arguments
     * (CASE, RULES, NO-CASE, OUT-FOLDER and WORK/... stand for paths in the row's temp folder),
     * and for a row with exit 0 what else must hold. {@code fullStdout} runs it with a
     * standard output that fails every write, as {@code > /dev/full} does.
     */
    private record Scenario(String command, Consumer<Path> breakCase, Consumer<Path> breakRules, List<String> args,
            BiConsumer<Path, CliRunner> verify, boolean fullStdout) {
        static Scenario ofCase(Consumer<Path> breakCase, String... args) {
            return new Scenario("evaluate", breakCase, r -> { }, List.of(args), null, false);
        }

        static Scenario withRules(Consumer<Path> breakRules, String... args) {
            return new Scenario("evaluate", c -> { }, breakRules, List.of(args), null, false);
        }

        static Scenario command(String command, Consumer<Path> breakCase, String... args) {
            return new Scenario(command, breakCase, r -> { }, List.of(args), null, false);
        }

        Scenario then(BiConsumer<Path, CliRunner> check) {
            return new Scenario(command, breakCase, breakRules, args, check, fullStdout);
        }

        Scenario toAFullDisk() {
            return new Scenario(command, breakCase, breakRules, args, verify, true);
        }
    }

    private static Consumer<Path> edit(String file, String literal, String replacement) {
        return c -> TestFolders.editFirst(c.resolve(file), literal, replacement);
    }

    /** An absences.json of one absence: the sources were searched for an indicator of a factor. */
    private static String absence(String factor, String indicator) {
        return "{\n  \"absences\": [\n    {\"id\": \"X-none\", \"factor\": \"" + factor + "\", \"indicator\": \"" + indicator
                + "\", \"searched\": {\"from\": 2015, \"to\": 2018}, \"summary\": \"No joint activity was found\","
                + " \"basis\": \"HYPOTHETICAL\", \"sources\": [\"made-up\"]}\n  ]\n}\n";
    }

    private static Consumer<Path> write(String file, String content) {
        return c -> {
            try {
                Files.createDirectories(c.resolve(file).normalize().getParent());
                Files.writeString(c.resolve(file).normalize(), content);
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
        s.put("An absence naming another factor's indicator (F4 with I6.1)", Scenario.ofCase(write("absences.json", absence("F4", "I6.1"))));
        s.put("An absence naming an indicator the framework does not have (I4.9)", Scenario.ofCase(write("absences.json", absence("F4", "I4.9"))));
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
        s.put("A rule that keeps firing (`--max-firings 500`)", Scenario.withRules(
                write("zz-loop.drl", loopRule()), "RULES", "--max-firings", "500"));
        s.put("A rule that throws", Scenario.withRules(write("zz-throw.drl", throwingRule()), "RULES"));
        writes(s);
        rulesAreCode(s);
        caseFolders(s);
        textHygiene(s);
        bounds(s);
        return s;
    }

    /** Outputs never replace an input, a device, a folder or a link; failures are one line. */
    private static void writes(Map<String, Scenario> s) {
        s.put("`--audit` naming a fact file of the case", Scenario.ofCase(c -> { }, "--audit", "WORK/case/outcomes.json"));
        s.put("`--output` naming a rule file", Scenario.ofCase(c -> { }, "RULES", "--output", "WORK/rules/f1-beginning.drl"));
        s.put("An audit record inside the case folder (it would break the next run)",
                Scenario.ofCase(c -> { }, "--audit", "WORK/case/audit.json"));
        s.put("`--audit /dev/null` (a device)", Scenario.ofCase(c -> { }, "--audit", "/dev/null"));
        s.put("`--output /dev/stdout` (a link to the terminal or a pipe)", Scenario.ofCase(c -> { }, "--output", "/dev/stdout"));
        s.put("`--output` a symbolic link to a file", Scenario.ofCase(c -> link(c.resolveSibling("link.txt"), "result.txt"),
                "--output", "WORK/link.txt").then((work, r) -> {
                    assertThat(work.resolve("link.txt")).isSymbolicLink();
                    assertThat(work.resolve("result.txt")).content().contains("Verdict:");
                    assertThat(r.err()).isEmpty();
                }));
        s.put("`--audit` where a file is in the way of its folder", Scenario.ofCase(
                write("../blocker", "a file, not a folder"), "--audit", "WORK/blocker/audit.json"));
        s.put("A summary (`--format csv --output`) where a file is in the way", Scenario.ofCase(
                write("../blocker", "a file, not a folder"), "--format", "csv", "--output", "WORK/blocker/summary.csv"));
        s.put("A temp file left by a killed run", Scenario.ofCase(write("../.summary.txt.123.tmp", "half a result"),
                "--output", "WORK/summary.txt").then((work, r) -> {
                    assertThat(work.resolve(".summary.txt.123.tmp")).doesNotExist();
                    assertThat(work.resolve("summary.txt")).content().contains("Verdict:");
                }));
        s.put("Standard output on a full disk (`> /dev/full`)", Scenario.ofCase(c -> { }).toAFullDisk());
        s.put("`explain --format json` on a full disk", Scenario.command("explain", c -> { }, "--format", "json").toAFullDisk());
        s.put("`generate --out` naming a file", Scenario.command("generate", c -> { },
                "--cases", "1", "--activities", "3", "--out", "WORK/case/case.json"));
        s.put("`generate --out rules --force` (the rules folder)", Scenario.command("generate", c -> { },
                "--cases", "1", "--activities", "3", "--out", "rules", "--force"));
        s.put("`generate --cases 2147483647`", Scenario.command("generate", c -> { },
                "--cases", "2147483647", "--activities", "3", "--out", "WORK/gen"));
        s.put("A temp folder left by a killed `generate`", Scenario.command("generate",
                write("../.gen.tmp-123/generated-000000/case.json", "{}"),
                "--cases", "1", "--activities", "3", "--out", "WORK/gen").then((work, r) -> {
                    assertThat(work.resolve(".gen.tmp-123")).doesNotExist();
                    assertThat(work.resolve("gen/generated-000000/case.json")).exists();
                }));
    }

    /** Rules are Java: what they do wrong ends in one line and exit 3, never a stack trace or a hang. */
    private static void rulesAreCode(Map<String, Scenario> s) {
        s.put("A rule that overflows the stack", Scenario.withRules(write("zz-deep.drl", rule("T.DEEP",
                "Test: the signing recurses for ever", "deep(0);", "function int deep(int n) { return deep(n + 1) + 1; }")),
                "RULES"));
        s.put("A rule that fails an assertion (`AssertionError`)", Scenario.withRules(write("zz-assert.drl", rule("T.ASSERT",
                "Test: the signing fails an assertion", "throw new AssertionError(\"not expected\");", "")), "RULES"));
        s.put("A rule that never returns (`while` loop, `--timeout 1`)", Scenario.withRules(write("zz-spin.drl", rule("T.SPIN",
                "Test: the signing spins for ever", "long n = 0; while (System.nanoTime() > 0) { n++; }", "")),
                "RULES", "--timeout", "1"));
        s.put("A rule that prints (`System.out.println`), with `--format json`", Scenario.withRules(write("zz-print.drl",
                rule("T.PRINT", "Test: the signing is printed", "System.out.println(\"debug \" + $a.getId());", "")),
                "RULES", "--format", "json").then((work, r) -> {
                    assertThat(r.out()).startsWith("{").doesNotContain("debug");
                    assertThat(r.err()).isEmpty();
                }));
        s.put("A 600 MB video in the rules folder", Scenario.withRules(r -> {
            try (var f = new java.io.RandomAccessFile(r.resolve("briefing.mp4").toFile(), "rw")) {
                f.setLength(600L * 1024 * 1024); // sparse: takes no disk, would take 600 MB of heap if read
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "RULES"));
    }

    /** Files named almost like a fact file, and links, are errors, not silently skipped or followed. */
    private static void caseFolders(Map<String, Scenario> s) {
        s.put("`outcomes.JSON` (upper case)", Scenario.ofCase(rename("outcomes.json", "outcomes.JSON")));
        s.put("`outcomes.json.txt` (an extra suffix)", Scenario.ofCase(rename("outcomes.json", "outcomes.json.txt")));
        s.put("`outcomes.json ` (a trailing space)", Scenario.ofCase(rename("outcomes.json", "outcomes.json ")));
        s.put("`outcomes.json` a symbolic link to nothing", Scenario.ofCase(c -> {
            rename("outcomes.json", "gone.txt").accept(c);
            link(c.resolve("outcomes.json"), "no-such-file.json");
        }));
        s.put("`outcomes.json` a symbolic link out of the case folder (to `/etc/passwd`)", Scenario.ofCase(c -> {
            rename("outcomes.json", "gone.txt").accept(c);
            link(c.resolve("outcomes.json"), "/etc/passwd");
        }));
        s.put("`outcomes.json` a named pipe (FIFO)", Scenario.ofCase(c -> {
            try {
                Files.delete(c.resolve("outcomes.json"));
                assertThat(new ProcessBuilder("mkfifo", c.resolve("outcomes.json").toString()).start().waitFor()).isZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        s.put("A folder of cases with a sub-folder holding `Case.json`", Scenario.ofCase(
                write("../misnamed/Case.json", "{}"), "WORK", "--output", "WORK/summary.csv", "--format", "csv"));
    }

    /** Text from fact files never drives the terminal; ids and summaries are visible. */
    private static void textHygiene(Map<String, Scenario> s) {
        s.put("A case title with ANSI escapes and a fake `Verdict: OPTIMAL` line", Scenario.ofCase(edit("case.json",
                "\"Hypothetical: Kota Contoh and Musterstadt\"",
                "\"\\u001b[2J\\u001b[1;1HKota Contoh\\nVerdict: OPTIMAL\"")).then((work, r) -> {
                    assertThat(r.out()).contains("\\u001b[2J\\u001b[1;1HKota Contoh\\nVerdict: OPTIMAL");
                    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\nVerdict: OPTIMAL");
                    assertThat(r.err()).isEmpty();
                }));
        s.put("An id with an invisible character (U+200B)", Scenario.ofCase(edit("motives.json", "\"M-local\"", "\"M\u200b-local\"")));
        s.put("A summary of non-breaking spaces only", Scenario.ofCase(
                edit("activities.json", "\"The MoU is signed\"", "\"\u00a0\u00a0\"")));
        s.put("A date in year 0000", Scenario.ofCase(edit("activities.json", "\"2014-05\"", "\"0000-05\"")));
        s.put("12 activities with the same mistake", Scenario.ofCase(edit("activities.json", "  ]\n}",
                "    ,\n" + String.join(",\n", java.util.stream.IntStream.range(0, 12).mapToObj(i ->
                        "    {\"id\": \"A-bad-" + i + "\", \"date\": \"2016\", \"type\": \"TRAINING\", \"status\": \"DONE\","
                        + " \"summary\": \"x\", \"basis\": \"HYPOTHETICAL\", \"sources\": [\"made-up\"]}").toList())
                        + "\n  ]\n}")));
    }

    /** Options out of range are refused before anything runs. */
    private static void bounds(Map<String, Scenario> s) {
        s.put("`--max-firings -5`", Scenario.ofCase(c -> { }, "--max-firings", "-5"));
        s.put("`--max-file-size -1`", Scenario.ofCase(c -> { }, "--max-file-size", "-1"));
        s.put("`--timeout 0`", Scenario.ofCase(c -> { }, "--timeout", "0"));
    }

    private static String rule(String id, String name, String consequence, String function) {
        return "package kb.rules;\nimport kb.facts.*;\n" + function + "\nrule \"" + name + "\"\n"
                + "    @id(\"" + id + "\") @factor(\"F4\") @indicator(\"I4.1\") @ref(\"test only\")\n"
                + "when\n    $a : Activity( id == \"A-signing\" )\nthen\n    " + consequence + "\nend\n";
    }

    private static Consumer<Path> rename(String from, String to) {
        return c -> {
            try {
                Files.move(c.resolve(from), c.resolve(to));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void link(Path link, String to) {
        try {
            Files.createSymbolicLink(link, Path.of(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Path rules = TestFolders.copy(Path.of("rules"), work.resolve("rules"));
        scenario.breakCase().accept(caseCopy);
        scenario.breakRules().accept(rules);

        List<String> args = new ArrayList<>(List.of(scenario.command()));
        List<String> extra = new ArrayList<>(scenario.args());
        if (!scenario.command().equals("generate")) {
            args.add(extra.remove("NO-CASE") ? work.resolve("no-such-case").toString()
                    : extra.remove("WORK") ? work.toString() : caseCopy.toString());
        }
        if (extra.contains("OUT-FOLDER")) {
            extra.set(extra.indexOf("OUT-FOLDER"), Files.createDirectories(work.resolve("out")).toString());
        }
        if (extra.remove("RULES")) {
            args.addAll(List.of("--rules", rules.toString()));
        }
        extra.replaceAll(a -> a.startsWith("WORK/") ? work.resolve(a.substring(5)).toString() : a);
        args.addAll(extra);
        CliRunner r = scenario.fullStdout() ? CliRunner.runWithFullStdout(args.toArray(String[]::new))
                : CliRunner.run(args.toArray(String[]::new));

        String printed = r.err().lines().map(l -> "`" + l.replace(work + "/", "") + "`")
                .collect(Collectors.joining("<br>"));
        String actualRow = "| " + name + " | " + r.exitCode() + " | " + (r.exitCode() == 0 ? row[1] : printed) + " |";
        assertThat(String.valueOf(r.exitCode())).as("exit code; the row should read:\n" + actualRow).isEqualTo(row[0]);
        if (r.exitCode() == 0 && scenario.verify() != null) {
            scenario.verify().accept(work, r);
        } else if (r.exitCode() == 0) {
            assertThat(r.err()).as(name).isEmpty();
            assertThat(r.out()).as(name).contains("Verdict:");
        } else {
            assertThat(printed).as("message; the row should read:\n" + actualRow).isEqualTo(row[1]);
            assertThat(r.out()).as("nothing on standard output when it fails").isEmpty();
            assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
        }
    }
}
