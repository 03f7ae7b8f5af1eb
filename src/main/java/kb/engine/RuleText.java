package kb.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's own text says it does: which conclusion types its consequence inserts,
 * which parameters, which kinds of fact and whether the period under study its conditions read. Read from the file, so a rule an analyst adds is
 * understood without any Java change or extra metadata.
 */
record RuleText(Set<String> concludes, List<String> parameters, Set<String> reads, boolean readsPeriod) {
    /** A conclusion made in an action: {@code new Verdict(...)} or {@code FactorResult.met(...)}. */
    private static final Pattern CONCLUSION = Pattern.compile(
            "\\b(Qualifies|DoesNotQualify|IndicatorSatisfied|FactorResult|FactorTally|Verdict)\\s*[(.]");
    private static final Pattern FACT_TYPE = Pattern.compile(
            "\\b(Partnership|Activity|Motive|Cause|LegalInstrument|CentralGovernmentStance|Outcome|Finding)\\s*\\(");
    /** A read of the global {@code parameters}: {@code parameters.names("joint-activity-types")}. */
    private static final Pattern PARAMETER = Pattern.compile("\\bparameters\\s*\\.\\s*(?:number|names)\\s*\\(\\s*\"([^\"]+)\"");
    /** A read of the global {@code period}: {@code date.year >= period.from}. */
    private static final Pattern PERIOD = Pattern.compile("(?<![\\w.$])period\\s*\\.\\s*(from|to)\\b");

    static RuleText of(RuleFile file, int line) {
        if (file == null) {
            return new RuleText(Set.of(), List.of(), Set.of(), false);
        }
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (file.isDecisionTable()) {
            // A decision table's actions are templates in its header rows: every row inserts what they name.
            return new RuleText(matches(CONCLUSION, text), List.copyOf(matches(PARAMETER, text)), matches(FACT_TYPE, text),
                    PERIOD.matcher(text).find());
        }
        String[] lines = text.split("\\R", -1);
        StringBuilder when = new StringBuilder();
        StringBuilder then = new StringBuilder();
        boolean inThen = false;
        for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
            String l = lines[i].strip();
            if (i > line - 1 && l.equals("end")) {
                break;
            }
            if (l.equals("then")) {
                inThen = true;
                continue;
            }
            (inThen ? then : when).append(l).append('\n');
        }
        return new RuleText(matches(CONCLUSION, then.toString()), List.copyOf(matches(PARAMETER, when.toString())),
                matches(FACT_TYPE, when.toString()), PERIOD.matcher(when).find());
    }

    private static Set<String> matches(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
