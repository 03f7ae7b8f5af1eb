package kb.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of a decision table as a spreadsheet saved them, row by row, each row with the
 * line (CSV) or row number (xlsx) an analyst sees. A CSV may be comma-, semicolon- or
 * tab-separated (a spreadsheet in an Indonesian or other European locale saves semicolons),
 * start with a byte-order mark and end its lines with CRLF; a quoted cell may hold the
 * separator, {@code ""} for a quote and line breaks. An xlsx is read by Drools' own
 * {@link ExcelParser} (Apache POI), so what is read is what Drools would read.
 */
public final class SheetCells {
    /** One row: its 1-based number in the file (the line a CSV row starts on) and its cells. */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown for bytes no spreadsheet program saves as a table: not UTF-8, an unclosed quote, not an xlsx. */
    public static final class UnreadableSheet extends Exception {
        private final int row;

        UnreadableSheet(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    private SheetCells() {
    }

    /** The rows of a {@code .drl.csv} or {@code .drl.xlsx} file. */
    public static List<Row> read(RuleFile file) throws UnreadableSheet {
        return file.relativePath().endsWith(".xlsx") ? xlsx(file.bytes()) : csv(file.bytes());
    }

    /** The rows of CSV bytes; row i of the result starts on the line its number says. */
    public static List<Row> csv(byte[] bytes) throws UnreadableSheet {
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheets often save a byte-order mark
        }
        char separator = separatorOf(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++; // CRLF is one line break
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(lineBreak ? '\n' : c);
                }
                if (lineBreak) {
                    line++;
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (lineBreak) {
                cells.add(cell.toString());
                rows.add(new Row(rowStart, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableSheet(rowStart, "a quoted cell (\"...) that starts on this line is never closed;"
                    + " close the quote or remove it");
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    /**
     * The separator a spreadsheet saved with: of comma, semicolon and tab, the one found most
     * often outside quotes on the first line that holds any of them.
     */
    static char separatorOf(String text) {
        boolean quoted = false;
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String utf8(byte[] bytes) throws UnreadableSheet {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableSheet(1, "not UTF-8 text; save the table as \"CSV UTF-8\" (or as .drl.xlsx)");
        }
    }

    private static List<Row> xlsx(byte[] bytes) throws UnreadableSheet {
        List<Row> rows = new ArrayList<>();
        DataListener recorder = new DataListener() {
            private List<String> cells;
            private int sheets;

            @Override
            public void startSheet(String name) {
                sheets++;
            }

            @Override
            public void finishSheet() {
            }

            @Override
            public void newRow(int rowNumber, int columns) {
                cells = new ArrayList<>();
                rows.add(new Row(rowNumber + 1, cells));
            }

            @Override
            public void newCell(int row, int column, String value, int mergedColStart) {
                while (cells.size() <= column) {
                    cells.add("");
                }
                cells.set(column, value == null ? "" : value);
            }
        };
        try {
            new ExcelParser(recorder).parseFile(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw new UnreadableSheet(1, "not a spreadsheet Drools can read (" + e.getClass().getSimpleName()
                    + "); save it again as .xlsx, or as CSV named *.drl.csv");
        }
        List<Row> copies = new ArrayList<>();
        rows.forEach(r -> copies.add(new Row(r.number(), List.copyOf(r.cells()))));
        return copies;
    }
}
