package kb.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Mistakes in conditions that Drools compiles but that fail or mislead when the rules run,
 * found on the rule model when the rules are built: text in quotes compared with {@code <},
 * {@code >}, {@code <=} or {@code >=}, where only a number can stand (Drools converts the
 * text to a number while the rules run, and fails on a case when it is a word).
 */
final class ConditionChecks {
    private ConditionChecks() {
    }

    static List<String> problems(String folderLabel, RuleModel model) {
        List<String> problems = new ArrayList<>();
        for (ModelRule rule : model.rules()) {
            for (ModelRule.ExpressionAt e : rule.expressions()) {
                List<Code.Token> t = Code.tokens(e.text());
                for (int i = 0; i < t.size(); i++) {
                    if (t.get(i).string() && (ordering(t, i - 1) || ordering(t, i + 1))) {
                        problems.add(folderLabel + rule.file() + ":" + (e.line() + t.get(i).line()) + ": in \""
                                + e.text() + "\", the text " + t.get(i).text()
                                + " stands where a number belongs (it is compared with <, >, <= or >=);"
                                + " write a number in digits, without quotes");
                    }
                }
            }
        }
        return problems;
    }

    /** True when the token at i is part of an ordering operator: {@code <}, {@code >}, or the {@code =} of {@code <=}, {@code >=}. */
    private static boolean ordering(List<Code.Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        if (t.get(i).is("<") || t.get(i).is(">")) {
            return true;
        }
        return t.get(i).is("=") && i > 0 && (t.get(i - 1).is("<") || t.get(i - 1).is(">"));
    }
}
