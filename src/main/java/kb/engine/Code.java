package kb.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The few things the tool reads from the code of a rule that Drools' parser leaves as text
 * (a constraint's expression, a consequence): its tokens, with strings and comments told apart
 * from names, so a name in a comment or inside a string is never taken for code.
 */
final class Code {
    /** A token: an identifier, a string literal (with its quotes), or one other character. */
    record Token(String text, int line, boolean string) {
        boolean is(String s) {
            return !string && text.equals(s);
        }

        boolean identifier() {
            return !string && !text.isEmpty() && Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    /** {@code parameters.<method>("<argument>")}, {@code lineOffset} lines below the start of the text. */
    record Call(String method, String argument, int lineOffset) {
    }

    private Code() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 1;
                line += (int) text.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Token(text.substring(i, Math.min(j + 1, text.length())), line, true));
                i = j;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < text.length() && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                out.add(new Token(text.substring(i, j), line, false));
                i = j - 1;
            } else if (!Character.isWhitespace(c)) {
                out.add(new Token(String.valueOf(c), line, false));
            }
        }
        return out;
    }

    /** The text without its comments (line breaks kept), for showing or reading a consequence. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                text.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end - 1;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(text, i, Math.min(j + 1, text.length()));
                i = j;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Which of the given names the code uses as a variable (not as a field after a dot). */
    static Set<String> namesUsed(String text, Set<String> names) {
        Set<String> used = new LinkedHashSet<>();
        List<Token> t = tokens(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).identifier() && names.contains(t.get(i).text()) && (i == 0 || !t.get(i - 1).is("."))) {
                used.add(t.get(i).text());
            }
        }
        return used;
    }

    /** Every {@code parameters.number("id")} and {@code parameters.names("id")} in the code. */
    static List<Call> parameterCalls(String text) {
        List<Call> calls = new ArrayList<>();
        List<Token> t = tokens(text);
        for (int i = 0; i + 5 < t.size(); i++) {
            if (t.get(i).is("parameters") && (i == 0 || !t.get(i - 1).is(".")) && t.get(i + 1).is(".")
                    && (t.get(i + 2).is("number") || t.get(i + 2).is("names")) && t.get(i + 3).is("(")
                    && t.get(i + 4).string() && t.get(i + 4).text().startsWith("\"") && t.get(i + 5).is(")")) {
                String literal = t.get(i + 4).text();
                calls.add(new Call(t.get(i + 2).text(), literal.substring(1, Math.max(1, literal.length() - 1)),
                        t.get(i).line()));
            }
        }
        return calls;
    }

    /** The types the code makes: {@code new Verdict(...)} and {@code FactorResult.met(...)} give Verdict and FactorResult. */
    static Set<String> typesMade(String text) {
        Set<String> types = new LinkedHashSet<>();
        List<Token> t = tokens(text);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("new")) {
                int j = i + 1;
                String last = null;
                while (j < t.size() && (t.get(j).identifier() || t.get(j).is("."))) {
                    if (t.get(j).identifier()) {
                        last = t.get(j).text();
                    }
                    j++;
                }
                if (last != null && j < t.size() && t.get(j).is("(")) {
                    types.add(last);
                }
            } else if (t.get(i).identifier() && Character.isUpperCase(t.get(i).text().charAt(0))
                    && (i == 0 || !t.get(i - 1).is(".") && !t.get(i - 1).is("new")) && i + 3 < t.size()
                    && t.get(i + 1).is(".") && t.get(i + 2).identifier() && t.get(i + 3).is("(")) {
                types.add(t.get(i).text());
            }
        }
        return types;
    }
}
