package kb.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.Shipped;
import kb.cli.CliRunner;
import kb.ExitCode;
import kb.conclusions.DatesTooCoarse;
import kb.conclusions.DoesNotQualify;
import kb.conclusions.IndicatorSatisfied;
import kb.conclusions.Qualifies;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.LegalInstrument;
import kb.facts.NationalLaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue "MET, NOT MET or UNDETERMINED", items 3-5: dates at their precision, the national law
 * library read as of each agreement's date, and judging one folder over another period.
 */
class DatesLawAndPeriodsTest {
    private static final Path COARSE = Shipped.FACTS.resolve("hypothetical-coarse-dates-1988");
    private static final Path MOU_1984 = Shipped.FACTS.resolve("hypothetical-mou-1984");
    private static final Path TWO_PERIODS = Shipped.FACTS.resolve("hypothetical-two-periods");

    private static Evaluation evaluate(CaseFacts facts) throws Exception {
        return new Evaluator(Shipped.rules()).evaluate(facts, true);
    }

    @Test
    void anActivityOf1988AgainstAnAgreementOf1988NeitherCountsNorIsRejectedAndExplainSaysWhy() throws Exception {
        Evaluation e = evaluate(new CaseLoader().load(COARSE));
        String activity = "H5-A-1988-joint-programme";
        assertThat(e.conclusions(Qualifies.class)).noneMatch(q -> q.factId().equals(activity));
        assertThat(e.conclusions(DoesNotQualify.class)).noneMatch(q -> q.factId().equals(activity));
        assertThat(e.conclusions(DatesTooCoarse.class))
                .anyMatch(d -> d.factId().equals(activity) && d.indicator().equals("I4.1"));
        assertThat(e.firedRules()).contains("F4.U1").doesNotContain("F4.Q", "F4.C2");

        CliRunner r = CliRunner.run("explain", COARSE.toString(), "--factor", "F4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        int node = out.indexOf("the dates are too coarse to order");
        assertThat(node).as(out).isNotNegative();
        assertThat(out.substring(node)).contains(activity).contains("F4.U1");
    }

    @Test
    void anMouOf1984IsJudgedAgainstTheLawLibraryAsItStoodThenNotAgainstCopiedLaw() throws Exception {
        CaseFacts facts = new CaseLoader().load(MOU_1984);
        // The case lists only its own agreement; the national instruments come from facts/law.
        assertThat(facts.facts()).filteredOn(f -> f instanceof LegalInstrument).hasSize(1);
        assertThat(facts.lawFolder()).isNotNull().endsWith(Path.of("facts", "law"));
        assertThat(facts.facts()).anyMatch(f -> f instanceof NationalLaw && f.getId().equals("se-mendagri-193-1652-puod-1993"));

        Evaluation e = evaluate(facts);
        // No instrument known in 1984 permitted it: I3.1 does not hold ...
        assertThat(e.conclusions(IndicatorSatisfied.class)).noneMatch(i -> i.indicator().equals("I3.1"));
        assertThat(e.firedRules()).doesNotContain("F3.1", "F3.4");
        // ... and nothing rules it out either, so F3 is UNDETERMINED, never NOT MET for want of a copied law.
        assertThat(e.factors()).filteredOn(f -> f.factor().getId().equals("F3"))
                .singleElement().extracting(f -> f.status()).isEqualTo(kb.conclusions.FactorStatus.UNDETERMINED);
        // ... for reasons that name the library as it stood: UU 5/1974 is not known to permit it,
        // the 1993 circular and everything later were not yet in force.
        assertThat(e.conclusions(DoesNotQualify.class)).anyMatch(d -> d.factId().equals("uu-5-1974"))
                .anyMatch(d -> d.factId().equals("se-mendagri-193-1652-puod-1993"));
        CliRunner r = CliRunner.run("explain", MOU_1984.toString(), "--factor", "F3");
        assertThat(r.out()).contains("national-law se-mendagri-193-1652-puod-1993, 1993-04-26")
                .contains("F3.C2 \"A national instrument not in force on the agreement date cannot be its legal basis\"")
                .contains("F3.C4");

        // An agreement of 2004 finds permitting instruments in force in the same library: the library, not the case, decides.
        Evaluation later = evaluate(new CaseLoader().load(MOU_1984.resolveSibling("hypothetical-two-periods")));
        assertThat(later.conclusions(IndicatorSatisfied.class)).anyMatch(i -> i.indicator().equals("I3.1"));
    }

    @Test
    void theSameFolderJudgedOverTwoPeriodsGivesTwoResultsForImplementation() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CliRunner early = CliRunner.run("evaluate", TWO_PERIODS.toString(), "--period", "2003-2013", "--format", "json");
        CliRunner late = CliRunner.run("evaluate", TWO_PERIODS.toString(), "--period", "2014-2018", "--format", "json");
        assertThat(early.exitCode()).as(early.err()).isZero();
        assertThat(late.exitCode()).as(late.err()).isZero();
        JsonNode e = json.readTree(early.out());
        JsonNode l = json.readTree(late.out());
        assertThat(e.path("period").asText()).isEqualTo("2003-2013");
        assertThat(l.path("period").asText()).isEqualTo("2014-2018");
        assertThat(f4(e).path("met").asBoolean()).isFalse();
        assertThat(f4(l).path("met").asBoolean()).isTrue();

        // explain and test take it too; the case folder is not touched.
        assertThat(CliRunner.run("explain", TWO_PERIODS.toString(), "--factor", "F4", "--period", "2014-2018").out())
                .contains("H7-A-2014-2018-programmes").contains("stands for 12 activities")
                .contains("joint institutions recorded for F4").contains("obstacles recorded for F4");
        CliRunner test = CliRunner.run("test", TWO_PERIODS.resolve("expected.json").toString(), "--period", "2014-2018");
        assertThat(test.exitCode()).isEqualTo(ExitCode.RULES_OR_CHECK_FAILED);
        assertThat(test.out()).contains("F4: expected NOT MET, got MET");
    }

    @Test
    void aBadPeriodIsAUsageErrorThatSaysWhatIsAllowed() {
        for (String bad : new String[] {"2018-2014", "2014", "from-to"}) {
            CliRunner r = CliRunner.run("evaluate", TWO_PERIODS.toString(), "--period", bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines().findFirst().orElse("")).contains("--period").contains("2014-2018");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void quotesAreShownInExplanationsAndKeptInAuditRecords(@TempDir Path tmp) throws Exception {
        CliRunner explain = CliRunner.run("explain", Shipped.BATAM_GIMJE.toString(), "--factor", "F2");
        assertThat(explain.out()).contains("thesis: \u201cKota Gimje yang ingin belajar tentang industri manufaktur dari Kota Batam.\u201d"
                + " (Gimje, which wants to learn about manufacturing industry from Batam.)");
        JsonNode tree = new ObjectMapper().readTree(
                CliRunner.run("explain", Shipped.BATAM_GIMJE.toString(), "--factor", "F2", "--format", "json").out());
        assertThat(tree.toString()).contains("\"quote\":\"Kota Gimje yang ingin belajar");

        Path audit = tmp.resolve("audit.json");
        CliRunner r = CliRunner.run("evaluate", Shipped.BATAM_GIMJE.toString(), "--audit", audit.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode record = new ObjectMapper().readTree(Files.readString(audit));
        assertThat(record.path("passages").toString()).contains("M-gimje-manufacturing").contains("industri manufaktur");
        assertThat(record.path("facts").path("files").toString()).contains("law/instruments.json");
        assertThat(record.path("case").path("period").asText()).isEqualTo("2013-2018");
    }

    private static JsonNode f4(JsonNode result) {
        for (JsonNode f : result.path("factors")) {
            if (f.path("id").asText().equals("F4")) {
                return f;
            }
        }
        throw new AssertionError("no F4 in " + result);
    }
}
