package kb.report.html;

import static kb.report.html.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kb.facts.Activity;
import kb.facts.CaseFacts;
import kb.facts.CentralGovernmentStance;
import kb.facts.Fact;
import kb.facts.LegalInstrument;
import kb.facts.Outcome;
import kb.facts.PartialDate;
import kb.facts.Period;
import kb.labels.Words;

/**
 * The case's dated facts on a time axis, as inline SVG drawn here (no script, no library):
 * the period under study shaded, each agreement (letter of intent, MoU, agreement) a labelled
 * line, every other dated fact a numbered dot, and runs of two or more years inside the period
 * with nothing dated marked "nothing recorded". The numbers refer to the list under the figure,
 * which says the same in text.
 */
public final class TimelineSvg {
    private static final int WIDTH = 960;
    private static final int LEFT = 30;
    private static final int RIGHT = 30;
    private static final int LABEL_ROW = 16;
    private static final int LANE = 24;
    private static final int DOT = 9;

    /** A fact on the timeline: its date (and end), whether it is an agreement, its number in the list. */
    public record Event(Fact fact, PartialDate date, PartialDate end, boolean agreement) {
    }

    private TimelineSvg() {
    }

    /** Dated facts in date order; laws (dated by their number's year only) are left to the derivation. */
    public static List<Event> events(CaseFacts facts) {
        List<Event> events = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f instanceof Activity a && placeable(a.getDate())) {
                events.add(new Event(f, a.getDate(), a.getEndDate(), false));
            } else if (f instanceof LegalInstrument l && placeable(l.getSignedOn())) {
                events.add(new Event(f, l.getSignedOn(), null, isAgreement(l)));
            } else if (f instanceof Outcome o && placeable(o.getDate())) {
                events.add(new Event(f, o.getDate(), null, false));
            } else if (f instanceof CentralGovernmentStance s && placeable(s.getDate())) {
                events.add(new Event(f, s.getDate(), null, false));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.fact().getId()));
        return events;
    }

    /** Only a date with both ends known has a place on the line; an unknown date is left to the derivation. */
    private static boolean placeable(PartialDate d) {
        return d != null && d.isBounded();
    }

    /** Where a date sits: the middle of the days it can mean, so "1988" is not drawn as 1 January. */
    private static long day(PartialDate d) {
        return (d.earliest().toEpochDay() + d.latest().toEpochDay()) / 2;
    }

    /**
     * A date the source gives only as a year, a month or a range: drawn with a bar (a band, for an
     * agreement) over every day it can mean, from the start of its first day to the end of its
     * last; the dot in the middle is where it is drawn, the bar what is known.
     */
    private static boolean coarse(PartialDate d) {
        return !d.earliest().equals(d.latest());
    }

    private static String span(PartialDate d, Scale x, double y) {
        if (!coarse(d)) {
            return "";
        }
        return String.format(Locale.ROOT, "<line class=\"span\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%n",
                x.from(d), y, x.to(d), y);
    }

    private static boolean isAgreement(LegalInstrument l) {
        return l.getKind() == LegalInstrument.Kind.LETTER_OF_INTENT
                || l.getKind() == LegalInstrument.Kind.MEMORANDUM_OF_UNDERSTANDING
                || l.getKind() == LegalInstrument.Kind.AGREEMENT;
    }

    /** The dots (not agreements), numbered 1.. in date order: the list under the figure uses the same numbers. */
    public static List<Event> dots(List<Event> events) {
        return events.stream().filter(e -> !e.agreement()).toList();
    }

    public static String svg(CaseFacts facts, List<Event> events, Words w) {
        Period period = facts.partnership().getPeriod();
        int first = Math.min(period.getFrom(), events.stream().mapToInt(e -> e.date().earliest().getYear()).min().orElse(period.getFrom()));
        int last = Math.max(period.getTo(), events.stream().mapToInt(e -> e.date().latest().getYear()).max().orElse(period.getTo()));
        long start = LocalDate.of(first, 1, 1).toEpochDay();
        long end = LocalDate.of(last + 1, 1, 1).toEpochDay();
        Scale x = new Scale(start, end);

        List<Event> dots = dots(events);
        List<Integer> lanes = lanes(dots, x);
        int laneCount = lanes.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;

        // Agreement labels first: their rows above the axis set how far down everything else starts.
        StringBuilder labels = new StringBuilder();
        List<AgreementLine> agreementLines = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (Event e : events) {
            if (!e.agreement()) {
                continue;
            }
            double at = x.at(day(e.date()));
            String label = w.instrumentKind(((LegalInstrument) e.fact()).getKind().name()) + " " + e.date();
            double width = label.length() * 7.0;
            // Right of its line; left of it near the right edge; a new row when it would overlap the last label.
            boolean leftOfLine = at + 4 + width > WIDTH;
            double from = leftOfLine ? at - 4 - width : at + 4;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > from - 8) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(from + width);
            } else {
                rowEnds.set(row, from + width);
            }
            agreementLines.add(new AgreementLine(at, 4 + row * LABEL_ROW, e.date()));
            labels.append(String.format(Locale.ROOT, "<text class=\"agreement-label\" x=\"%.1f\" y=\"%d\"%s>%s</text>%n",
                    leftOfLine ? at - 4 : at + 4, 16 + row * LABEL_ROW, leftOfLine ? " text-anchor=\"end\"" : "", esc(label)));
        }
        int top = Math.max(1, rowEnds.size()) * LABEL_ROW + 8;
        int axisY = top + 30;
        int height = axisY + 30 + laneCount * LANE + 26;

        StringBuilder s = new StringBuilder();
        String title = w.heading("timeline") + ": " + facts.partnership().getTitle();
        s.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">\n");
        s.append("<title id=\"timeline-title\">").append(esc(title)).append("</title>\n");
        s.append("<desc id=\"timeline-desc\">").append(esc(w.heading("timelineNote"))).append("</desc>\n");

        // The period under study, shaded, with its years.
        double p0 = x.at(LocalDate.of(period.getFrom(), 1, 1).toEpochDay());
        double p1 = x.at(LocalDate.of(period.getTo() + 1, 1, 1).toEpochDay());
        s.append(String.format(Locale.ROOT, "<rect class=\"period\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>%n",
                p0, top, p1 - p0, height - top - 4));
        s.append(String.format(Locale.ROOT, "<text class=\"period-label\" x=\"%.1f\" y=\"%d\">%s %d–%d</text>%n",
                p1 - 4, height - 10, esc(w.heading("period")), period.getFrom(), period.getTo()));

        // Years on the axis.
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n",
                LEFT, axisY, WIDTH - RIGHT, axisY));
        for (int year = first; year <= last + 1; year++) {
            double at = x.at(LocalDate.of(year, 1, 1).toEpochDay());
            s.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n",
                    at, axisY - 5, at, axisY + 5));
            if (year <= last) {
                double mid = x.at(LocalDate.of(year, 7, 1).toEpochDay());
                s.append(String.format(Locale.ROOT, "<text class=\"year\" x=\"%.1f\" y=\"%d\">%d</text>%n", mid, axisY - 10, year));
            }
        }

        // Years of the period with nothing dated, two or more in a row.
        for (int[] gap : emptyRuns(period, events)) {
            double g0 = x.at(LocalDate.of(gap[0], 1, 1).toEpochDay());
            double g1 = x.at(LocalDate.of(gap[1] + 1, 1, 1).toEpochDay());
            s.append(String.format(Locale.ROOT, "<rect class=\"gap\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>%n",
                    g0 + 2, axisY + 12, g1 - g0 - 4, 28));
            s.append(String.format(Locale.ROOT, "<text class=\"gap-label\" x=\"%.1f\" y=\"%d\">%d–%d: %s</text>%n",
                    (g0 + g1) / 2, axisY + 31, gap[0], gap[1], esc(w.heading("nothingRecorded"))));
        }

        // Agreements: a dashed line from its label down across the figure; a date known only to the
        // year or month also shades every day it can mean, down to the axis.
        for (AgreementLine line : agreementLines) {
            if (coarse(line.date())) {
                s.append(String.format(Locale.ROOT, "<rect class=\"agreement-span\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>%n",
                        x.from(line.date()), line.top(), x.to(line.date()) - x.from(line.date()), axisY - line.top()));
            }
            s.append(String.format(Locale.ROOT, "<line class=\"agreement\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n",
                    line.at(), line.top(), line.at(), height - 24));
        }
        s.append(labels);

        // Other dated facts: numbered dots in lanes below the axis, so close dates do not overlap.
        for (int i = 0; i < dots.size(); i++) {
            Event e = dots.get(i);
            double at = x.at(day(e.date()));
            int y = axisY + 30 + lanes.get(i) * LANE + DOT;
            s.append(String.format(Locale.ROOT, "<line class=\"stem\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n",
                    at, axisY, at, y - DOT));
            s.append(span(e.date(), x, y));
            s.append(String.format(Locale.ROOT, "<circle class=\"dot %s\" cx=\"%.1f\" cy=\"%d\" r=\"%d\"><title>%s</title></circle>%n",
                    esc(e.fact().factKind()), at, y, DOT, esc((i + 1) + ". " + e.date() + ": " + e.fact().getSummary())));
            s.append(String.format(Locale.ROOT, "<text class=\"dot-number\" x=\"%.1f\" y=\"%d\">%d</text>%n", at, y + 4, i + 1));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /**
     * A lane per dot: the first lane whose last dot, with its bar, ends far enough to the left of
     * this dot and its bar, so neither dots nor bars overlap.
     */
    private static List<Integer> lanes(List<Event> dots, Scale x) {
        List<Double> laneEnds = new ArrayList<>();
        List<Integer> lanes = new ArrayList<>();
        for (Event e : dots) {
            double at = x.at(day(e.date()));
            double left = Math.min(at - DOT, x.from(e.date()));
            double right = Math.max(at + DOT, x.to(e.date()));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > left - 3) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(right);
            } else {
                laneEnds.set(lane, right);
            }
            lanes.add(lane);
        }
        return lanes;
    }

    /** Runs of at least two years inside the period in which no fact is dated. */
    static List<int[]> emptyRuns(Period period, List<Event> events) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        for (int year = period.getFrom(); year <= period.getTo() + 1; year++) {
            final int y = year;
            boolean empty = year <= period.getTo() && events.stream().noneMatch(e -> covers(e, y));
            if (empty && runStart < 0) {
                runStart = year;
            } else if (!empty && runStart >= 0) {
                if (year - runStart >= 2) {
                    runs.add(new int[] {runStart, year - 1});
                }
                runStart = -1;
            }
        }
        return runs;
    }

    private static boolean covers(Event e, int year) {
        int to = e.end() == null || !e.end().isBounded() ? e.date().latest().getYear() : e.end().latest().getYear();
        return e.date().earliest().getYear() <= year && year <= to;
    }

    /** An agreement's dashed line: where it stands, the top of its label's row, and its date. */
    private record AgreementLine(double at, int top, PartialDate date) {
    }

    private record Scale(long start, long end) {
        double at(long day) {
            return LEFT + (double) (day - start) / (end - start) * (WIDTH - LEFT - RIGHT);
        }

        /** Where the first day a date can mean begins. */
        double from(PartialDate d) {
            return at(d.earliest().toEpochDay());
        }

        /** Where the last day a date can mean ends. */
        double to(PartialDate d) {
            return at(d.latest().toEpochDay() + 1);
        }
    }
}
