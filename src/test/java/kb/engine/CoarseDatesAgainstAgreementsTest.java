package kb.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import kb.Shipped;
import kb.TestFolders;
import kb.cli.CliRunner;
import kb.conclusions.DatesTooCoarse;
import kb.conclusions.Qualifies;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Fact;
import kb.facts.LegalInstrument;
import kb.facts.PartialDate;
import kb.facts.SigningDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * F1.U and F4.U1 test each contact or activity against the case's signing dates (the global
 * {@code signings}) before any join, so a large case keeps no entry per fact for them. The
 * first test only lets facts through: whichever of the two dates is coarse, the conclusion
 * still comes, it rests on the agreement the dates cannot order (and the explanation names
 * it), and in a session whose agreements change, truth maintenance still withdraws it.
 */
class CoarseDatesAgainstAgreementsTest {
    private static final Path COARSE = Shipped.FACTS.resolve("hypothetical-coarse-dates-1988");
    private static final String MOU = "H5-L-1988-mou";
    private static final String MEETING = "H5-A-1988-meeting";
    private static final String PROGRAMME = "H5-A-1988-joint-programme";

    @TempDir
    Path temp;

    /** The coarse-dates case with the MoU signed on {@code signed} and the meeting and programme on {@code held}. */
    private CaseFacts caseWith(String signed, String held) throws Exception {
        Path folder = TestFolders.copy(COARSE, temp.resolve("case"));
        TestFolders.edit(folder.resolve("legal-instruments.json"), "\"signedOn\": \"1988\"", "\"signedOn\": \"" + signed + "\"");
        TestFolders.edit(folder.resolve("activities.json"), "\"date\": \"1988\"", "\"date\": \"" + held + "\"");
        return new CaseLoader(Long.MAX_VALUE, null, Shipped.FACTS.resolve("law")).load(folder);
    }

    private static Evaluation evaluate(CaseFacts facts) throws Exception {
        return new Evaluator(Shipped.rules()).evaluate(facts, true);
    }

    /** The ids of the facts each justification of this conclusion rests on, besides the fact it is about. */
    private static List<String> restsOn(Evaluation e, DatesTooCoarse d) {
        // Justifications are kept by the conclusion object itself: look up the session's own.
        DatesTooCoarse own = e.conclusions(DatesTooCoarse.class).stream().filter(d::equals).findFirst().orElseThrow();
        return e.why(own).stream().flatMap(j -> j.matched().stream())
                .filter(o -> o instanceof Fact f && !f.getId().equals(d.factId())).map(o -> ((Fact) o).getId()).toList();
    }

    @Test
    void aDayOfTheYearTheAgreementWasSignedInCannotBeOrderedAgainstItAndRestsOnTheAgreement() throws Exception {
        Evaluation e = evaluate(caseWith("1988", "1988-05-03"));

        DatesTooCoarse contact = new DatesTooCoarse("I1.1", MEETING);
        DatesTooCoarse activity = new DatesTooCoarse("I4.1", PROGRAMME);
        assertThat(e.conclusions(DatesTooCoarse.class)).contains(contact, activity);
        assertThat(restsOn(e, contact)).containsExactly(MOU);
        assertThat(restsOn(e, activity)).containsExactly(MOU);
    }

    @Test
    void aYearAgainstAnAgreementSignedOnADayOfThatYearCannotBeOrderedEither() throws Exception {
        Evaluation e = evaluate(caseWith("1988-05-03", "1988"));

        assertThat(e.conclusions(DatesTooCoarse.class))
                .contains(new DatesTooCoarse("I1.1", MEETING), new DatesTooCoarse("I4.1", PROGRAMME));
        assertThat(restsOn(e, new DatesTooCoarse("I4.1", PROGRAMME))).containsExactly(MOU);
    }

    @Test
    void dayPreciseDatesAreOrderedAndNeitherRuleFires() throws Exception {
        Evaluation e = evaluate(caseWith("1988-05-03", "1988-05-04"));

        assertThat(e.conclusions(DatesTooCoarse.class)).noneMatch(d -> d.factId().equals(MEETING) || d.factId().equals(PROGRAMME));
        assertThat(e.conclusions(Qualifies.class)).contains(new Qualifies("I4.1", PROGRAMME, 1));
        assertThat(e.firedRules()).doesNotContain("F1.U", "F4.U1");
    }

    @Test
    void explainNamesTheAgreementTheDatesCannotBeOrderedAgainst() {
        CliRunner r = CliRunner.run("explain", COARSE.toString(), "--factor", "F4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        int reason = out.indexOf("cannot tell F4.U1");
        assertThat(reason).as(out).isNotNegative();
        String under = out.substring(reason, out.indexOf('\n', out.indexOf('\n', reason) + 1));
        assertThat(under).as(out).contains("legal-instrument " + MOU + ", 1988");
    }

    @Test
    void inASessionWhoseAgreementsChangeTruthMaintenanceWithdrawsAndRestoresTheConclusion() throws Exception {
        CaseFacts facts = new CaseLoader().load(COARSE);
        RuleBase rules = Shipped.rules();
        KieSession session = rules.newSession(facts.partnership().getPeriod(), SigningDates.ANY);
        try {
            rules.framework().factors().forEach(session::insert);
            session.insert(facts.partnership());
            FactHandle mou = null;
            Fact mouFact = null;
            for (Fact f : facts.facts()) {
                FactHandle h = session.insert(f);
                if (f.getId().equals(MOU)) {
                    mou = h;
                    mouFact = f;
                }
            }
            session.fireAllRules();
            DatesTooCoarse activity = new DatesTooCoarse("I4.1", PROGRAMME);
            assertThat(objects(session)).contains(activity, new DatesTooCoarse("I1.1", MEETING));

            session.delete(mou);
            session.fireAllRules();
            assertThat(objects(session)).doesNotContain(activity, new DatesTooCoarse("I1.1", MEETING));

            session.insert(mouFact);
            session.fireAllRules();
            assertThat(objects(session)).contains(activity, new DatesTooCoarse("I1.1", MEETING));
        } finally {
            session.dispose();
        }
    }

    @Test
    void signingDatesLetThroughExactlyTheDatesThatMayShareADayWithASigning() throws Exception {
        CaseFacts facts = new CaseLoader().load(COARSE);
        SigningDates signings = SigningDates.of(facts.facts());
        assertThat(facts.facts()).filteredOn(f -> f instanceof LegalInstrument).isNotEmpty();

        assertThat(signings.possiblySameDay(PartialDate.parse("1988-12-31"))).isTrue();
        assertThat(signings.possiblySameDay(PartialDate.parse("1987/1989"))).isTrue();
        assertThat(signings.possiblySameDay(PartialDate.parse("1989-01-01"))).isFalse();
        assertThat(signings.possiblySameDay(PartialDate.parse("1987-12"))).isFalse();
        assertThat(SigningDates.of(List.of()).possiblySameDay(PartialDate.parse("1988"))).isFalse();
        assertThat(SigningDates.ANY.possiblySameDay(PartialDate.parse("2020-01-01"))).isTrue();
    }

    private static List<DatesTooCoarse> objects(KieSession session) {
        Collection<?> all = session.getObjects(o -> o instanceof DatesTooCoarse);
        return all.stream().map(DatesTooCoarse.class::cast).toList();
    }
}
