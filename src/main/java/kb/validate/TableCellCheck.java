package kb.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.engine.RuleFile;

/**
 * Reads a CSV decision table as an analyst sees it and finds rows with an empty cell where
 * every row needs a value: its name, its metadata and its action (for the verdict table, the
 * verdict). Drools would compile such a row into a rule with no id or no verdict, silently.
 * Condition cells may be blank: a blank condition means "whatever the value".
 */
final class TableCellCheck {
    private static final Set<String> REQUIRED_COLUMNS = Set.of("NAME", "METADATA", "ACTION");
    /** Rows between "RuleTable" and the first data row: column kinds, object types, code, labels. */
    private static final int HEADER_ROWS = 4;

    private TableCellCheck() {
    }

    static List<String> check(String label, RuleFile table) {
        List<String> problems = new ArrayList<>();
        List<List<String>> rows = CsvRows.parse(table);
        for (int start = 0; start < rows.size(); start++) {
            if (first(rows.get(start)).startsWith("RuleTable") && start + HEADER_ROWS < rows.size()) {
                checkTable(label + table.relativePath(), rows, start, problems);
            }
        }
        return problems;
    }

    private static void checkTable(String path, List<List<String>> rows, int start, List<String> problems) {
        List<String> kinds = rows.get(start + 1);
        List<String> labels = rows.get(start + HEADER_ROWS);
        for (int r = start + HEADER_ROWS + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank) || first(row).startsWith("RuleTable")) {
                return; // a blank row ends the table, as it does for Drools
            }
            for (int c = 0; c < kinds.size(); c++) {
                String kind = kinds.get(c).trim().toUpperCase(Locale.ROOT);
                if (REQUIRED_COLUMNS.contains(kind) && cell(row, c).isBlank()) {
                    String what = cell(labels, c).isBlank() ? kind.toLowerCase(Locale.ROOT) : cell(labels, c);
                    problems.add(path + ":" + (r + 1) + ": row \"" + rowName(row, kinds) + "\": the \"" + what
                            + "\" cell (column " + column(c) + ") is empty; every row needs its "
                            + kind.toLowerCase(Locale.ROOT) + (kind.equals("ACTION") ? " (the verdict)" : ""));
                }
            }
        }
    }

    private static String rowName(List<String> row, List<String> kinds) {
        for (int c = 0; c < kinds.size(); c++) {
            if (kinds.get(c).trim().equalsIgnoreCase("NAME") && !cell(row, c).isBlank()) {
                return cell(row, c);
            }
        }
        return String.join(",", row);
    }

    private static String first(List<String> row) {
        return row.isEmpty() ? "" : row.get(0).trim();
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c).trim() : "";
    }

    /** Spreadsheet column letter, so the analyst finds the cell: 0 -> A, 8 -> I. */
    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }
}
