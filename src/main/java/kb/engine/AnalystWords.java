package kb.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drools' compiler messages reworded for an analyst where the mistake is a common one: a
 * misspelt enum value names the allowed values; a word where a number or value belongs says
 * so; a bracket left open names the line it was opened on, not the later line where the
 * parser gave up; a mistake in a rule's action names the action's line, not the rule's header.
 * Anything else keeps Drools' words. These patterns read Drools' messages, never the rules.
 */
final class AnalystWords {
    private static final String ANALYSE = "Unable to Analyse Expression ";
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)");
    private static final String JAVA = "Rule Compilation error ";

    private final RuleModel model;

    AnalystWords(RuleModel model) {
        this.model = model;
    }

    /** {@code file:line: message} for a compiler message about a compiled resource at a line. */
    String describe(String folderLabel, String compiledPath, int line, String text) {
        String[] at = model.sourceOf(compiledPath, line);
        String file = at[0];
        int where = Integer.parseInt(at[1]);
        String message = text;
        if (text.startsWith(ANALYSE) && text.contains(": [Error:")) {
            String expression = text.substring(ANALYSE.length(), text.indexOf(": [Error:")).trim();
            int found = model.lineOfExpression(file, expression);
            where = found > 0 ? found : where;
            message = condition(expression, text);
            Matcher member = STRICT.matcher(text);
            if (member.find()) {
                message += model.cellHolding(file, where, member.group(2));
            }
        } else if (PARSER.matcher(text).find()) {
            Matcher m = PARSER.matcher(text);
            m.find();
            int stop = Integer.parseInt(m.group(1));
            int open = unclosedBracket(compiledPath, 1, stop);
            if (open > 0) {
                where = open;
                message = "a \"(\" opened on this line is never closed; Drools read on to line " + stop
                        + " and stopped there (" + m.group(3) + ")";
            } else {
                message = "syntax error: " + m.group(3) + " (column " + (Integer.parseInt(m.group(2)) + 1)
                        + "); look at this line and the end of the line before it";
            }
        } else if (text.startsWith(JAVA)) {
            Optional<ModelRule> rule = model.ruleAt(file, where);
            String what = text.substring(JAVA.length()).trim();
            if (rule.isPresent()) {
                int from = rule.get().consequenceLine() + 1;
                int open = unclosedBracket(compiledPath, from, Integer.MAX_VALUE);
                where = open > 0 ? open : from;
                message = "in the action (after \"then\") of rule \"" + rule.get().name() + "\": " + what;
            }
        }
        return folderLabel + file + ":" + where + ": " + message;
    }

    /** A condition the compiler could not read: name what it is, and what is allowed. */
    private static String condition(String expression, String text) {
        Matcher m = STRICT.matcher(text);
        if (m.find()) {
            String owner = m.group(1);
            String member = m.group(2);
            Optional<Class<?>> type = classOf(owner);
            String shown = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
            if (type.isPresent() && type.get().isEnum()) {
                return "\"" + member + "\" is not a value of " + shown + " (in \"" + expression + "\"); allowed: "
                        + Arrays.stream(type.get().getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            return "in \"" + expression + "\", \"" + member + "\" is not a field of " + shown
                    + " nor a value: write a number in digits, text in double quotes, or one of " + shown + "'s fields";
        }
        String error = text.substring(text.indexOf("[Error:") + "[Error:".length());
        int end = error.indexOf(']');
        return "cannot read the condition \"" + expression + "\": " + (end > 0 ? error.substring(0, end) : error).trim();
    }

    private static Optional<Class<?>> classOf(String name) {
        try {
            return Optional.of(Class.forName(name, false, AnalystWords.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The line of the first "(" left open between two lines (1-based, {@code to} excluded),
     * strings and comments skipped; 0 when every bracket there is closed.
     */
    private int unclosedBracket(String compiledPath, int from, int to) {
        for (RuleModel.Source s : model.sources()) {
            if (s.compiledPath().equals(compiledPath) && !s.file().isDecisionTable()) {
                List<Code.Token> tokens = Code.tokens(new String(s.compiled(), StandardCharsets.UTF_8));
                Deque<Integer> open = new ArrayDeque<>();
                for (Code.Token t : tokens) {
                    int line = t.line() + 1;
                    if (line < from) {
                        continue;
                    }
                    if (line >= to || t.is("end") && open.isEmpty() && line > from) {
                        break;
                    }
                    if (t.is("(")) {
                        open.push(line);
                    } else if (t.is(")") && !open.isEmpty()) {
                        open.pop();
                    }
                }
                return open.isEmpty() ? 0 : open.peekLast();
            }
        }
        return 0;
    }
}
