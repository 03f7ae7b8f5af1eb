package kb.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of a batch as text: a table for people, CSV for spreadsheets, JSON Lines for
 * tools. One row per evaluated case, in the order of the result (sorted by case), so the
 * same cases always give the same bytes.
 */
public final class SummaryText {
    private static final JsonFactory JSON = new JsonFactory();

    private SummaryText() {
    }

    public static String csv(BatchResult result, List<String> factorIds) {
        StringBuilder out = new StringBuilder("case,");
        factorIds.forEach(id -> out.append(id).append(','));
        out.append("factorsMet,verdict,possibleVerdicts\n");
        for (CaseSummary s : result.summaries()) {
            out.append(csvCell(s.caseName())).append(',');
            factorIds.forEach(id -> out.append(cell(s.factors().get(id))).append(','));
            out.append(s.factorsMet()).append(',').append(s.verdict()).append(',')
                    .append(String.join(" ", s.possibleVerdicts())).append('\n');
        }
        return out.toString();
    }

    /**
     * One JSON object a line. Written by one streaming generator (no tree per row, no mapper
     * call per row): 20,000 rows are written once, by code that is never warm.
     */
    public static String jsonl(BatchResult result, List<String> factorIds) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setRootValueSeparator(null); // each row ends with its own line break
            for (CaseSummary s : result.summaries()) {
                g.writeStartObject();
                g.writeStringField("case", s.caseName());
                g.writeObjectFieldStart("factors");
                for (String id : factorIds) {
                    g.writeStringField(id, cell(s.factors().get(id)));
                }
                g.writeEndObject();
                g.writeNumberField("factorsMet", s.factorsMet());
                g.writeStringField("verdict", s.verdict());
                g.writeArrayFieldStart("possibleVerdicts");
                for (String v : s.possibleVerdicts()) {
                    g.writeString(v);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException("strings and numbers always serialise to a string", e);
        }
        return out.toString();
    }

    public static String table(BatchResult result, List<String> factorIds) {
        int width = Math.max("case".length(),
                result.summaries().stream().mapToInt(s -> s.caseName().length()).max().orElse(0));
        StringBuilder out = new StringBuilder();
        out.append(pad("case", width));
        factorIds.forEach(id -> out.append("  ").append(pad(id, 12)));
        out.append("  verdict\n");
        for (CaseSummary s : result.summaries()) {
            out.append(pad(kb.report.Printable.line(s.caseName()), width));
            factorIds.forEach(id -> out.append("  ").append(pad(s.factors().get(id) == null ? "-"
                    : s.factors().get(id).text(), 12)));
            out.append("  ").append(s.verdict());
            if (s.possibleVerdicts().size() > 1) {
                out.append(" (possible: ").append(String.join(", ", s.possibleVerdicts())).append(')');
            }
            out.append('\n');
        }
        out.append('\n').append(totals(result)).append('\n');
        return out.toString();
    }

    /** The table in the words of one language (--lang): results and verdicts from the labels. */
    public static String table(BatchResult result, List<String> factorIds, kb.labels.Words w) {
        int width = Math.max(w.heading("case").length(),
                result.summaries().stream().mapToInt(s -> s.caseName().length()).max().orElse(0));
        int cell = java.util.stream.Stream.of("MET", "NOT_MET", "UNDETERMINED").mapToInt(r -> w.result(r).length()).max().orElse(12);
        StringBuilder out = new StringBuilder();
        out.append(pad(w.heading("case"), width));
        factorIds.forEach(id -> out.append("  ").append(pad(id, cell)));
        out.append("  ").append(w.heading("verdict")).append('\n');
        for (CaseSummary s : result.summaries()) {
            out.append(pad(kb.report.Printable.line(s.caseName()), width));
            factorIds.forEach(id -> out.append("  ").append(pad(s.factors().get(id) == null ? "-"
                    : w.result(s.factors().get(id).name()), cell)));
            out.append("  ").append(s.possibleVerdicts().size() > 1 ? w.result(s.verdict()) : w.verdict(s.verdict()));
            if (s.possibleVerdicts().size() > 1) {
                out.append(" (").append(String.join(", ", s.possibleVerdicts().stream().map(w::verdict).toList())).append(')');
            }
            out.append('\n');
        }
        out.append('\n').append(totals(result)).append('\n');
        return out.toString();
    }

    /** "3 cases evaluated: 1 OPTIMAL, 2 NOT_OPTIMAL; 1 failed" */
    public static String totals(BatchResult result) {
        Map<String, Integer> byVerdict = new TreeMap<>();
        result.summaries().forEach(s -> byVerdict.merge(s.verdict(), 1, Integer::sum));
        StringBuilder line = new StringBuilder().append(result.summaries().size()).append(" cases evaluated");
        if (!byVerdict.isEmpty()) {
            line.append(": ");
            line.append(String.join(", ", byVerdict.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
        }
        if (!result.failures().isEmpty()) {
            line.append("; ").append(result.failures().size()).append(" failed");
        }
        return line.toString();
    }

    private static String cell(kb.conclusions.FactorStatus status) {
        return status == null ? "" : status.name();
    }

    /** RFC 4180: quote a cell holding a comma, a quote or a line break. */
    private static String csvCell(String s) {
        return s.matches(".*[,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
