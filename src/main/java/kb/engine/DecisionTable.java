package kb.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.Package;
import org.drools.template.model.Rule;
import org.drools.template.parser.DataListener;

/**
 * A decision table turned into DRL by Drools' own spreadsheet compiler
 * ({@link DefaultRuleSheetListener}, what {@code SpreadsheetCompiler} uses), from cells read
 * by {@link SheetCells}. Before the cells reach Drools, {@code TRUE}/{@code FALSE} in any case
 * in a condition cell becomes the DRL literal {@code true}/{@code false}, as a spreadsheet
 * writes booleans in capitals. The tool compiles the DRL made here, so the table is compiled
 * once, and every generated rule keeps the row it came from.
 */
final class DecisionTable {
    private final String drl;
    private final List<SheetCells.Row> rows;
    /** Generated rule name to the row (1-based, as the spreadsheet shows it). */
    private final Map<String, Integer> rowOfRule;

    private DecisionTable(String drl, List<SheetCells.Row> rows, Map<String, Integer> rowOfRule) {
        this.drl = drl;
        this.rows = rows;
        this.rowOfRule = rowOfRule;
    }

    /** The DRL of a table, or the problems that stop it, each as {@code path:row: message}. */
    static DecisionTable compile(String path, RuleFile file, List<String> problems) {
        List<SheetCells.Row> rows;
        try {
            rows = SheetCells.read(file);
        } catch (SheetCells.UnreadableSheet e) {
            problems.add(path + ":" + e.row() + ": " + e.getMessage());
            return null;
        }
        rows = booleansAsDrl(rows);
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        int at = 1;
        try {
            replay(rows, listener);
            Package ruleSet = listener.getRuleSet();
            if (ruleSet == null || ruleSet.getRules().isEmpty()) {
                problems.add(path + ":1: no rule table found; a decision table needs a \"RuleSet\" row and a"
                        + " \"RuleTable <name>\" row in column A, followed by the column kinds (NAME, CONDITION, ACTION ...)");
                return null;
            }
            Map<String, Integer> rowOfRule = new TreeMap<>();
            for (Rule r : ruleSet.getRules()) {
                // The model keeps the quotes Drools writes around a name; the compiled rule does not.
                rowOfRule.put(org.drools.drl.ast.descr.AnnotationDescr.unquote(r.getName().trim()), r.getSpreadsheetRowNumber());
            }
            org.drools.template.model.DRLOutput out = new org.drools.template.model.DRLOutput();
            ruleSet.renderDRL(out);
            return new DecisionTable(out.getDRL(), rows, rowOfRule);
        } catch (RuntimeException e) {
            problems.add(path + ":" + rowIn(e.getMessage(), at) + ": " + words(e));
            return null;
        }
    }

    private static void replay(List<SheetCells.Row> rows, DataListener listener) {
        listener.startSheet("Sheet1");
        for (SheetCells.Row row : rows) {
            listener.newRow(row.number() - 1, row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cells().get(c).isEmpty()) {
                    listener.newCell(row.number() - 1, c, row.cells().get(c), DataListener.NON_MERGED);
                }
            }
        }
        listener.finishSheet();
    }

    /**
     * Condition cells of {@code TRUE}/{@code False}... become {@code true}/{@code false}, unless the
     * column's code quotes its value ({@code "$param"}), where the word is text, not a boolean.
     */
    static List<SheetCells.Row> booleansAsDrl(List<SheetCells.Row> rows) {
        List<SheetCells.Row> out = new ArrayList<>(rows);
        for (int t = 0; t < rows.size(); t++) {
            if (!rows.get(t).cell(0).trim().startsWith("RuleTable") || t + 4 >= rows.size()) {
                continue;
            }
            SheetCells.Row kinds = rows.get(t + 1);
            SheetCells.Row code = rows.get(t + 3);
            for (int r = t + 5; r < rows.size() && !rows.get(r).blank()
                    && !rows.get(r).cell(0).trim().startsWith("RuleTable"); r++) {
                List<String> cells = new ArrayList<>(rows.get(r).cells());
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c).trim();
                    boolean condition = kinds.cell(c).trim().toUpperCase(Locale.ROOT).startsWith("CONDITION");
                    if (condition && !code.cell(c).contains("\"$param\"")
                            && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
                        cells.set(c, v.toLowerCase(Locale.ROOT));
                    }
                }
                out.set(r, new SheetCells.Row(rows.get(r).number(), List.copyOf(cells)));
            }
        }
        return out;
    }

    /** Drools names a cell as {@code A10} or a row as {@code row 10}; the row an analyst sees. */
    private static int rowIn(String message, int fallback) {
        if (message == null) {
            return fallback;
        }
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("\\b[A-Z]{1,3}(\\d+)\\b").matcher(message);
        if (cell.find()) {
            return Integer.parseInt(cell.group(1));
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?i)row (\\d+)").matcher(message);
        return row.find() ? Integer.parseInt(row.group(1)) : fallback;
    }

    private static String words(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "the decision table cannot be read: " + m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * The spreadsheet column (A, B, ...) of the cell of a row that holds a word, e.g. the
     * {@code three} of {@code met <= three}; empty when no cell of the row holds exactly it.
     */
    String columnHolding(int rowNumber, String word) {
        for (SheetCells.Row r : rows) {
            if (r.number() == rowNumber) {
                for (int c = 0; c < r.cells().size(); c++) {
                    if (r.cells().get(c).trim().equals(word)) {
                        return column(c);
                    }
                }
            }
        }
        return "";
    }

    /** Spreadsheet column letter: 0 -> A, 26 -> AA. */
    static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    String drl() {
        return drl;
    }

    /** The row a generated rule came from, 0 when the name is not one of this table's rules. */
    int rowOf(String ruleName) {
        return rowOfRule.getOrDefault(ruleName, 0);
    }
}
