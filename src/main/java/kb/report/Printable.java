package kb.report;

/**
 * Text from a fact file made safe for a terminal: control characters (ESC of an ANSI
 * sequence, a newline, a carriage return), invisible format characters (zero-width space,
 * right-to-left override) and line separators are shown as escapes such as {@code \n} or
 * {@code \u001b}. A case title then cannot clear the screen or print a line of its own
 * such as a fake {@code Verdict: OPTIMAL}. JSON output needs none of this: Jackson escapes.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code text} as one line of visible characters; null stays "null". */
    public static String line(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
