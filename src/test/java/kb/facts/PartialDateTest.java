package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Dates keep their precision, and a comparison the precision cannot decide is neither true nor false. */
class PartialDateTest {
    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void aYearIsTheWholeYearNotItsFirstDay() {
        PartialDate year = d("1988");
        assertThat(year.getPrecision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(year.earliest()).hasToString("1988-01-01");
        assertThat(year.latest()).hasToString("1988-12-31");
        // 1988 against 1988: neither before nor after nor on or after.
        assertThat(year.certainlyBefore(d("1988"))).isFalse();
        assertThat(year.certainlyAfter(d("1988"))).isFalse();
        assertThat(year.certainlyOnOrBefore(d("1988"))).isFalse();
        assertThat(year.unorderedWith(d("1988"))).isTrue();
        // A month of 1988 against 1988 is as undecided; against 1987 it is after.
        assertThat(d("1988-06").certainlyAfter(year)).isFalse();
        assertThat(d("1988-06").certainlyBefore(year)).isFalse();
        assertThat(d("1988-06").certainlyAfter(d("1987"))).isTrue();
    }

    @Test
    void daysOrderAsBefore() {
        assertThat(d("2013-08-17").certainlyBefore(d("2013-08-18"))).isTrue();
        assertThat(d("2013-08-17").certainlyOnOrBefore(d("2013-08-17"))).isTrue();
        assertThat(d("2013-08-17").unorderedWith(d("2013-08-17"))).isFalse();
        assertThat(d("2011").certainlyBefore(d("2013-08-17"))).isTrue();
    }

    @Test
    void unknownAndBoundedDates() {
        PartialDate unknown = d("unknown");
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.certainlyBefore(d("2013"))).isFalse();
        assertThat(unknown.certainlyAfter(d("2013"))).isFalse();
        PartialDate between = d("2014/2018");
        assertThat(between.certainlyAfter(d("2013-08-17"))).isTrue();
        assertThat(between.certainlyWithin(Period.parse("2014-2018"))).isTrue();
        assertThat(between.certainlyWithin(Period.parse("2013-2016"))).isFalse();
        assertThat(between.possiblyWithin(Period.parse("2013-2016"))).isTrue();
        assertThat(between.certainlyOutside(Period.parse("2003-2013"))).isTrue();
        assertThat(d("../2000").certainlyBefore(d("2001"))).isTrue();
        assertThat(d("2000/..").certainlyAfter(d("1999"))).isTrue();
    }

    @Test
    void badShapesSayWhatIsAllowed() {
        assertThatThrownBy(() -> d("11/04/2016")).hasMessageContaining("use YYYY, YYYY-MM, YYYY-MM-DD, \"unknown\"");
        assertThatThrownBy(() -> d("2018/2014")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> Period.parse("2018-2014")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> Period.parse("2014")).hasMessageContaining("use FROM-TO");
    }

    @Test
    void aDateHasItsShapeExactlyWhenTheRegularExpressionMatchesItWhole() {
        // hasShape searches the shape without the regex engine; it must say what the engine says of the whole text.
        assertThat(SmallRegex.compile("^(?:" + PartialDate.shape().pattern() + ")\\z")).isNotNull();
        String[] pieces = {"2013", "-08", "-17", "-8", "/", "..", "unknown", "0", "9", "-", " ", "\n", "x", "\u0662\u0660"};
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "2013-08-17", "2013-08", "2013", "2014/2018",
                "../2018", "2013-08-17/..", "../..", "2013-8-17", "20130817", "2013-08-17\n", " 2013", "unknownx", "2013-02-30"));
        java.util.Random random = new java.util.Random(17L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        int shaped = 0;
        for (String t : texts) {
            boolean matches = PartialDate.shape().matcher(t).matches();
            assertThat(PartialDate.hasShape(t)).as("\"%s\"", t).isEqualTo(matches);
            shaped += matches ? 1 : 0;
        }
        assertThat(shaped).as("texts that are dates").isGreaterThan(100);
    }
}
