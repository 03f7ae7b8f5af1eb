package kb.report.html;

/** HTML escaping: every text that comes from facts, rules or labels goes through here. */
public final class Html {
    private Html() {
    }

    /** Text for element content and attribute values (quoted with "). */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters have no place in a page (the loader allows few anyway).
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An id attribute value made from a fact or source id (ids hold no spaces; anything odd becomes '-'). */
    public static String anchor(String prefix, String id) {
        return prefix + id.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    /** Only web addresses become links; the loader accepts nothing else, this keeps it so. */
    public static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
