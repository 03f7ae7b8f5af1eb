package kb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.Shipped;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.labels.Labels;
import kb.labels.Lang;
import kb.labels.Words;
import org.junit.jupiter.api.Test;

/**
 * The timeline shows how precisely each fact is dated: a date the source gives only as a year,
 * a month or a range gets a bar over every day it can mean (a band for an agreement), with the
 * dot in its middle; a full date gets none.
 */
class TimelineSvgTest {
    private static final Pattern TICK = Pattern.compile("<line class=\"tick\" x1=\"([0-9.]+)\"");
    private static final Pattern YEAR = Pattern.compile("<text class=\"year\" x=\"[0-9.]+\" y=\"\\d+\">(\\d+)</text>");
    private static final Pattern SPAN = Pattern.compile("<line class=\"span\" x1=\"([0-9.]+)\" y1=\"[0-9.]+\" x2=\"([0-9.]+)\"");
    private static final Pattern DOT = Pattern.compile("<circle class=\"dot [^\"]*\" cx=\"([0-9.]+)\"[^>]*><title>\\d+\\. ([^:]+):");
    private static final Pattern BAND = Pattern.compile("<rect class=\"agreement-span\" x=\"([0-9.]+)\" y=\"[0-9.]+\" width=\"([0-9.]+)\"");

    @Test
    void aYearOnlyDateIsABarOverItsYearWithTheDotInTheMiddle() throws Exception {
        String svg = svg("hypothetical-coarse-dates-1988");
        Map<Integer, Double> yearStarts = yearStarts(svg);
        List<double[]> spans = all(SPAN, svg);
        List<String[]> dots = dots(svg);
        assertThat(dots).isNotEmpty();
        int yearOnly = 0;
        for (int i = 0; i < dots.size(); i++) {
            String date = dots.get(i)[1];
            double cx = Double.parseDouble(dots.get(i)[0]);
            double[] span = spans.get(i);
            assertThat(span[0]).as(date).isLessThan(cx);
            assertThat(span[1]).as(date).isGreaterThan(cx);
            if (date.matches("\\d{4}")) {
                int year = Integer.parseInt(date);
                assertThat(span[0]).as(date + " starts on 1 January").isCloseTo(yearStarts.get(year), org.assertj.core.data.Offset.offset(0.15));
                assertThat(span[1]).as(date + " ends with 31 December").isCloseTo(yearStarts.get(year + 1), org.assertj.core.data.Offset.offset(0.15));
                yearOnly++;
            }
        }
        assertThat(yearOnly).isPositive();
        assertThat(spans).as("one bar per coarse dot").hasSameSizeAs(dots);
        double[] band = all(BAND, svg).get(0);
        assertThat(band[0]).as("the 1988 agreement's band starts in 1988").isCloseTo(yearStarts.get(1988), org.assertj.core.data.Offset.offset(0.15));
        assertThat(band[0] + band[1]).isCloseTo(yearStarts.get(1989), org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void aFullDateHasNoBar() throws Exception {
        String svg = svg("batam-gimje");
        long full = dots(svg).stream().filter(d -> d[1].matches("\\d{4}-\\d{2}-\\d{2}")).count();
        long coarse = dots(svg).size() - full;
        assertThat(full).isPositive();
        assertThat(all(SPAN, svg)).hasSize((int) coarse);
    }

    private static String svg(String caseName) throws Exception {
        CaseFacts facts = new CaseLoader().load(Path.of("facts", caseName));
        return TimelineSvg.svg(facts, TimelineSvg.events(facts), new Words(Labels.of(Shipped.rules()), Lang.EN));
    }

    /** The x of each year's tick, by year: ticks run from the first year shown to the year after the last. */
    private static Map<Integer, Double> yearStarts(String svg) {
        Matcher year = YEAR.matcher(svg);
        assertThat(year.find()).isTrue();
        int first = Integer.parseInt(year.group(1));
        Map<Integer, Double> starts = new TreeMap<>();
        Matcher tick = TICK.matcher(svg);
        for (int y = first; tick.find(); y++) {
            starts.put(y, Double.parseDouble(tick.group(1)));
        }
        return starts;
    }

    private static List<double[]> all(Pattern p, String svg) {
        List<double[]> found = new ArrayList<>();
        Matcher m = p.matcher(svg);
        while (m.find()) {
            found.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return found;
    }

    private static List<String[]> dots(String svg) {
        List<String[]> found = new ArrayList<>();
        Matcher m = DOT.matcher(svg);
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found;
    }
}
