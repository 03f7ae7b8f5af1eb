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
            "\\b(Qualifies|DoesNotQualify|DatesTooCoarse|IndicatorSatisfied|FactorResult|FactorTally|Verdict)\\s*[(.]");
    /** A pattern on a kind of fact: {@code Activity(}; the kinds come from the registry, so a new kind needs no change here. */
    private static final Pattern FACT_TYPE = Pattern.compile(
            "\\b(Partnership|" + String.join("|", kb.facts.FactFileKind.factClassNames()) + ")\\s*\\(");
    /** A read of the global {@code period}: {@code period.from}, or {@code date.certainlyWithin(period)}. */
    private static final Pattern PERIOD = Pattern.compile("(?<![\\w.$])period\\s*(\\.\\s*(from|to)\\b|\\))");

    static RuleText of(RuleFile file, int line) {
        if (file == null) {
            return new RuleText(Set.of(), List.of(), Set.of(), false);
        }
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (file.isDecisionTable()) {
            // A decision table's actions are templates in its header rows: every row inserts what they name.
            return new RuleText(matches(CONCLUSION, 1, text), List.copyOf(matches(RuleGlobals.PARAMETER_READ, 2, text)),
                    matches(FACT_TYPE, 1, text),
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
        return new RuleText(matches(CONCLUSION, 1, then.toString()), List.copyOf(matches(RuleGlobals.PARAMETER_READ, 2, when.toString())),
                matches(FACT_TYPE, 1, when.toString()), PERIOD.matcher(when).find());
    }

    private static Set<String> matches(Pattern p, int group, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }
}
