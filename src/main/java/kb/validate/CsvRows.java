package kb.validate;

import java.util.List;
import kb.engine.SheetCells;

/**
 * A decision table (CSV or xlsx) as rows of cells, the way the tool hands it to Drools
 * ({@link SheetCells}: comma, semicolon or tab, a byte-order mark, CRLF, quoted cells).
 */
final class CsvRows {
    private CsvRows() {
    }

    /** Row i of the result is line i + 1 of the file; an unreadable file has no rows (the build reports it). */
    static List<List<String>> parse(byte[] bytes) {
        return parse(new kb.engine.RuleFile("table.drl.csv", null, bytes, ""));
    }

    /** The same for a CSV or an xlsx table: row i of the result is row i + 1 of the sheet. */
    static List<List<String>> parse(kb.engine.RuleFile table) {
        try {
            List<SheetCells.Row> rows = SheetCells.read(table);
            List<List<String>> out = new java.util.ArrayList<>();
            for (SheetCells.Row r : rows) {
                while (out.size() < r.number() - 1) {
                    out.add(List.of(""));
                }
                out.add(r.cells());
            }
            return out;
        } catch (SheetCells.UnreadableSheet e) {
            return List.of();
        }
    }
}
