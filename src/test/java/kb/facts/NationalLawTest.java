package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** When a law of the library was in force, read at its sources' precision. */
class NationalLawTest {

    private static NationalLaw law(String from, String until) throws Exception {
        String end = until == null ? "" : ", \"inForceUntil\": \"" + until + "\"";
        return new ObjectMapper().readValue("{\"id\": \"l\", \"kind\": \"MINISTERIAL_CIRCULAR\", \"number\": \"n\", \"title\": \"t\","
                + " \"permitsSubnationalCooperation\": \"YES\", \"inForceFrom\": \"" + from + "\"" + end + ","
                + " \"summary\": \"s\", \"basis\": \"HYPOTHETICAL\", \"sources\": [\"s\"]}", NationalLaw.class);
    }

    @Test
    void anInstrumentWhoseEndIsUnknownWasInForceWhenItStartedAndNoEarlier() throws Exception {
        NationalLaw circular = law("1993-04-26", "unknown");
        // It started inside 1988-1995 and was in force that day; its end is unknown, not before its start.
        assertThat(circular.certainlyInForceDuring(Period.parse("1988-1995"))).isTrue();
        assertThat(circular.certainlyInForceDuring(Period.parse("1993-1998"))).isTrue();
        assertThat(circular.certainlyInForceDuring(Period.parse("1984-1990"))).isFalse();
        // Whether it was still in force twenty years on is not known.
        assertThat(circular.certainlyInForceDuring(Period.parse("2013-2018"))).isFalse();
        assertThat(circular.certainlyInForceOn(PartialDate.parse("2013-08-17"))).isFalse();
        assertThat(circular.certainlyNotInForceOn(PartialDate.parse("2013-08-17"))).isFalse();
        assertThat(circular.certainlyNotInForceOn(PartialDate.parse("1988"))).isTrue();
    }

    @Test
    void anEndGivenAsAYearMayBeItsFirstDay() throws Exception {
        NationalLaw replaced = law("2004", "2014");
        assertThat(replaced.certainlyInForceDuring(Period.parse("2013-2018"))).isTrue();
        // "2014" may be 1 January 2014: not certainly in force on any day of 2014-2018.
        assertThat(replaced.certainlyInForceDuring(Period.parse("2014-2018"))).isFalse();
        assertThat(replaced.certainlyInForceOn(PartialDate.parse("2013-08-17"))).isTrue();
        assertThat(law("2014", null).certainlyInForceDuring(Period.parse("2013-2018"))).isTrue();
        assertThat(law("2018", null).certainlyInForceDuring(Period.parse("2013-2017"))).isFalse();
    }
}
