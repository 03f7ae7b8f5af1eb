package kb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb report}: one self-contained page per case, in the chosen language; the browser checks are in ReportBrowserIT. */
class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\"'<>\\s)]+");

    @TempDir
    Path temp;

    @Test
    void theIndonesianBatamGimjePageHoldsWhatTheIssueAsksAndFetchesNothing() throws IOException {
        Path page = temp.resolve("r.html");
        CliRunner r = CliRunner.run("report", "facts/batam-gimje", "--lang", "id", "-o", page.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"id\">", "tidak optimal", "2013-08-17", "<svg");
        // What it would take: kb whatif's smallest verified change for each better verdict.
        String whatIf = html.substring(html.indexOf("id=\"h-what-if\""), html.indexOf("id=\"sources\""));
        assertThat(whatIf).contains("LESS_THAN_OPTIMAL: add an activity", "status REALISED")
                .contains("OPTIMAL: add an activity").contains("add an outcome");
        for (JsonNode f : JSON.readTree(Shipped.RULES.resolve("factors.json").toFile()).path("factors")) {
            assertThat(html.toLowerCase()).contains(f.path("indonesian").asText().toLowerCase());
        }
        Set<String> sourceUrls = sourceUrls(Shipped.BATAM_GIMJE);
        assertThat(sourceUrls).isNotEmpty().allSatisfy(u -> assertThat(html).contains("href=\"" + u + "\""));
        List<String> addresses = new ArrayList<>();
        Matcher m = WEB_ADDRESS.matcher(html);
        while (m.find()) {
            addresses.add(m.group());
        }
        // The law library (facts/law/) the legal-basis rules read cites its own sources.
        Set<String> linkable = new java.util.HashSet<>(sourceUrls);
        linkable.addAll(sourceUrls(Shipped.FACTS.resolve("law")));
        assertThat(addresses).as("every web address on the page is a source's own link").isNotEmpty()
                .allSatisfy(a -> assertThat(linkable).contains(a.replace("&amp;", "&")));
        assertThat(html).doesNotContain("<script src", "<link rel=\"stylesheet\"", "@import", "url(");
        // The footer tells an auditor how to make the page again, with the hashes of its inputs.
        assertThat(html).contains("./kb report facts/batam-gimje --lang id -o " + page, "rules/f4-implementation.drl",
                "facts/batam-gimje/activities.json");
    }

    @Test
    void theSamePageTwiceIsTheSameBytes() throws IOException {
        Path a = temp.resolve("a/r.html");
        Path b = temp.resolve("b/r.html");
        assertThat(CliRunner.run("report", "facts/batam-gimje", "-o", a.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("report", "facts/batam-gimje", "-o", b.toString()).exitCode()).isZero();
        assertThat(Files.readString(a).replace(a.toString(), "X")).isEqualTo(Files.readString(b).replace(b.toString(), "X"));
    }

    @Test
    void textFromFactsIsEscaped() throws IOException {
        Path facts = TestFolders.copy(Shipped.BATAM_GIMJE, temp.resolve("case"));
        TestFolders.edit(facts.resolve("activities.json"), "Three Batam officials visit Gimje to explore cooperation",
                "<script>alert('x')</script> & \\\"quoted\\\" <img src=x onerror=alert(1)>");
        Path page = temp.resolve("r.html");
        CliRunner r = CliRunner.run("report", facts.toString(), "-o", page.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        String html = Files.readString(page);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;img src=x")
                .doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void severalCasesGiveAnIndexAndOnePagePerCase() throws IOException {
        Path out = temp.resolve("reports");
        CliRunner r = CliRunner.run("report", "facts", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        List<String> cases = Shipped.casesWithExpectations().stream().map(p -> p.getFileName() + ".html").toList();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(Stream.of("index.html"), cases.stream()).toList());
        }
        String index = Files.readString(out.resolve("index.html"));
        cases.forEach(c -> assertThat(index).contains("href=\"" + c + "\""));
    }

    @Test
    void aFolderHoldingOtherFilesIsNeverReplaced() throws IOException {
        Path out = temp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        CliRunner r = CliRunner.run("report", "facts", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--output " + out + ": holds notes.txt");
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void anUnknownLanguageIsOneMessageAndNothingIsWritten() {
        Path page = temp.resolve("r.html");
        CliRunner r = CliRunner.run("report", "facts/batam-gimje", "--lang", "fr", "-o", page.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("--lang fr: not a language of the labels; allowed: en, id");
        assertThat(page).doesNotExist();
    }

    @Test
    void aLabelWithoutItsIndonesianIsNamedAndNothingIsWritten() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        TestFolders.edit(rules.resolve("labels.json"), "\"id\": \"tidak terpenuhi\"", "\"idn\": \"tidak terpenuhi\"");
        Path page = temp.resolve("r.html");
        CliRunner r = CliRunner.run("report", "facts/batam-gimje", "--rules", rules.toString(), "-o", page.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(r.err()).contains(rules + "/labels.json: error: results.NOT_MET: no \"id\" text; every entry needs en and id");
        assertThat(page).doesNotExist();
        CliRunner validate = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(validate.err()).contains("labels.json: error: results.NOT_MET");
    }

    @Test
    void aVerdictIsWordedOnceInVerdictsJsonAndLabelsJsonMayNotWordItAgain() throws IOException {
        Path rules = TestFolders.copy(Shipped.RULES, temp.resolve("rules"));
        // A hypothetical rewording: the Indonesian label of NOT_OPTIMAL comes from verdicts.json alone.
        TestFolders.edit(rules.resolve("verdicts.json"), "\"id\": \"tidak optimal\"", "\"id\": \"belum optimal\"");
        CliRunner table = CliRunner.run("evaluate", "facts/batam-gimje", "--rules", rules.toString(), "--lang", "id");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Putusan: belum optimal (NOT_OPTIMAL)").doesNotContain("tidak optimal (NOT_OPTIMAL)");

        TestFolders.edit(rules.resolve("labels.json"), "\"results\": {",
                "\"verdicts\": {\"NOT_OPTIMAL\": {\"en\": \"not optimal\", \"id\": \"tidak optimal\"}},\n  \"results\": {");
        CliRunner twice = CliRunner.run("validate", "--rules", rules.toString());
        assertThat(twice.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(twice.err()).contains(rules + "/labels.json: error: section \"verdicts\": the verdicts' labels are in verdicts.json");
    }

    @Test
    void evaluateExplainAndBatchSpeakIndonesianOnRequestAndEnglishByDefault() {
        CliRunner table = CliRunner.run("evaluate", "facts/batam-gimje", "--lang", "id");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Penerapan paradiplomasi", "tidak terpenuhi", "Putusan: tidak optimal (NOT_OPTIMAL)",
                "4 dari 6 faktor terpenuhi").doesNotContain("NOT MET");
        CliRunner english = CliRunner.run("evaluate", "facts/batam-gimje");
        assertThat(english.out()).contains("NOT MET", "Verdict: NOT_OPTIMAL (tidak optimal) - 4 of 6 factors met");

        CliRunner explain = CliRunner.run("explain", "facts/batam-gimje", "--factor", "F4", "--lang", "id");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        String f4c1 = Shipped.rules().catalogue().all().stream().filter(r -> r.id().equals("F4.C1")).findFirst().orElseThrow()
                .metadata().get("name_id");
        assertThat(explain.out()).startsWith("F4 Penerapan paradiplomasi: tidak terpenuhi")
                .contains("tidak dihitung F4.C1 \"" + f4c1 + "\"", "kegiatan A-2013-08-17-mou-signing");

        CliRunner batch = CliRunner.run("evaluate", "facts", "--lang", "id");
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.out()).contains("Kasus", "Putusan", "terpenuhi", "tidak optimal").doesNotContain("NOT MET");
    }

    private static Set<String> sourceUrls(Path caseFolder) throws IOException {
        List<String> urls = new ArrayList<>();
        JSON.readTree(caseFolder.resolve("sources.json").toFile()).path("sources").forEach(s -> {
            if (s.hasNonNull("url")) {
                urls.add(s.path("url").asText());
            }
        });
        return urls.stream().collect(Collectors.toSet());
    }
}
