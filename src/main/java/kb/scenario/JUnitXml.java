package kb.scenario;

import java.util.List;

/**
 * Scenario results as a JUnit XML report (the Ant/Surefire format CI servers read): one
 * {@code testcase} per scenario, named by its file and sentence; a failed expectation is a
 * {@code failure} listing the differences, a scenario that could not be read or run an {@code error}.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    public static String of(List<ScenarioResult> results) {
        long errors = results.stream().filter(r -> !r.errors().isEmpty()).count();
        long failures = results.stream().filter(r -> r.errors().isEmpty() && !r.differences().isEmpty()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"kb scenarios\" tests=\"").append(results.size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"").append(errors).append("\" skipped=\"0\">\n");
        for (ScenarioResult r : results) {
            xml.append("  <testcase classname=\"").append(escape(r.file().toString())).append("\" name=\"")
                    .append(escape(r.scenario() == null ? r.file().toString() : r.scenario().name())).append('"');
            if (r.passed()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            boolean error = !r.errors().isEmpty();
            List<String> lines = error ? r.errors() : r.differences();
            xml.append("    <").append(error ? "error" : "failure").append(" message=\"").append(escape(lines.get(0)))
                    .append("\">").append(escape(String.join("\n", lines))).append("</")
                    .append(error ? "error" : "failure").append(">\n");
            xml.append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** XML 1.0 text: the five special characters escaped, characters XML cannot hold replaced. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        b.appendCodePoint(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        });
        return b.toString();
    }
}
