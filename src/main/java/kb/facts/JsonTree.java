package kb.facts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fact file, or one piece of it (an item of its list), parsed into a tree whose every node
 * remembers its line and column in the file, so a schema or cross-fact problem found on the
 * tree can still be reported as {@code file:line:column}. This is the JSON Schema validator's
 * tree (Jackson 3); the domain objects are bound by {@link StrictJson} (Jackson 2) from the
 * same bytes.
 */
final class JsonTree {
    /** Same strictness as {@link StrictJson}: a duplicate key or trailing garbage is an error, not a guess. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final NodeReader READER = NodeReader.builder().locationAware().jsonMapper(MAPPER).build();

    private final Path file;
    private final JsonNode root;
    /** Where the parsed text starts in the file: 1:1 for a whole file. */
    private final int line;
    private final int column;

    private JsonTree(Path file, JsonNode root, int line, int column) {
        this.file = file;
        this.root = root;
        this.line = line;
        this.column = column;
    }

    /**
     * A parser over a whole fact file, with the syntax rules of {@link #parse}. Closing it leaves
     * {@code in} open, for the caller to read to the end after an error.
     */
    static JsonParser streamParser(InputStream in) {
        return MAPPER.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(in);
    }

    /** A whole file that holds exactly one JSON value (the caller has ruled out an empty file). */
    static JsonTree parse(Path file, byte[] text) throws NotJson {
        return parse(file, text, 1, 1);
    }

    /** A piece of a file (one JSON value) that starts at {@code line:column} of the file. */
    static JsonTree parse(Path file, byte[] text, int line, int column) throws NotJson {
        try {
            return new JsonTree(file, READER.readTree(new ByteArrayInputStream(text), InputFormat.JSON), line, column);
        } catch (JacksonException e) {
            throw new NotJson(e, line, column);
        }
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** {@code file:line:column} of a node of this tree; where the tree starts when the node has no location. */
    String where(JsonNode node) {
        int[] at = lineColumn(node);
        return file + ":" + at[0] + ":" + at[1];
    }

    /** Line and column in the file of a node, both from 1. */
    int[] lineColumn(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
            return inFile(line, column, aware.tokenStreamLocation());
        }
        return new int[] {line, column};
    }

    /** Line and column in the file of a position in the parsed text, e.g. of an error while binding it. */
    int[] inFile(int textLine, int textColumn) {
        return inFile(line, column, textLine, textColumn);
    }

    private static int[] inFile(int line, int column, TokenStreamLocation at) {
        return inFile(line, column, at.getLineNr(), at.getColumnNr());
    }

    /**
     * A position in a text that starts at {@code line:column} of the file, as a position in the
     * file: the lines add up, and only the text's first line is shifted by the start column.
     */
    private static int[] inFile(int line, int column, int textLine, int textColumn) {
        int l = Math.max(textLine, 1);
        int c = Math.max(textColumn, 1);
        return new int[] {line + l - 1, l == 1 ? column + c - 1 : c};
    }

    /**
     * JSON that does not parse, at its place in the file when Jackson names one. Nesting too
     * deep is the one error Jackson reports without a place; {@link #problem} finds it then.
     */
    static final class NotJson extends Exception {
        private final int[] at;
        private final String jacksonMessage;

        NotJson(JacksonException e, int line, int column) {
            this(located(e.getLocation()) ? inFile(line, column, e.getLocation()) : null, e.getOriginalMessage());
        }

        private NotJson(int[] at, String jacksonMessage) {
            super(jacksonMessage, null, false, false);
            this.at = at;
            this.jacksonMessage = jacksonMessage;
        }

        /** Content after the file's one JSON value, worded as Jackson's own check words it for a whole tree. */
        static NotJson trailing(TokenStreamLocation at) {
            return new NotJson(inFile(1, 1, at), "Trailing token after the JSON value");
        }

        private static boolean located(TokenStreamLocation at) {
            return at != null && at.getLineNr() >= 1;
        }

        /**
         * {@code file:line:column: message} in an analyst's words. {@code whereDepthExceeds}
         * finds the bracket that goes deeper than a limit, for the error that has no place.
         */
        String problem(Path file, IntFunction<int[]> whereDepthExceeds) {
            int[] lineColumn = at != null ? at : whereDepthExceeds.apply(maxDepth(jacksonMessage));
            return file + ":" + lineColumn[0] + ":" + lineColumn[1] + ": " + explain(jacksonMessage);
        }
    }

    private static final Pattern MAX_DEPTH = Pattern.compile("exceeds the maximum allowed \\((\\d+)");

    private static int maxDepth(String message) {
        Matcher m = MAX_DEPTH.matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /**
     * Line and column of the bracket that goes deeper than {@code limit}. Jackson's nesting
     * error carries no location; this finds it so even that error points into the file.
     */
    static int[] whereDepthExceeds(byte[] bytes, int limit) {
        try {
            return whereDepthExceeds(new ByteArrayInputStream(bytes), limit);
        } catch (IOException e) {
            throw new AssertionError("a byte array cannot fail to read", e);
        }
    }

    /** As {@link #whereDepthExceeds(byte[], int)}, for a file too large to hold; give it a buffered stream. */
    static int[] whereDepthExceeds(InputStream in, int limit) throws IOException {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            column++;
            if (b == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > limit) {
                    return new int[] {line, column};
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return new int[] {1, 1};
    }

    /** Jackson's parse message in an analyst's words; its internals (class names, buffers) left out. */
    static String explain(String original) {
        String s = firstLine(original);
        if (s.startsWith("Duplicate Object property")) {
            return "duplicate field" + s.substring("Duplicate Object property".length())
                    + "; a field may appear only once in an object";
        }
        if (s.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON value";
        }
        if (s.startsWith("Unexpected end-of-input")) {
            return "the file ends too early" + (s.contains("for Array") ? ": a list [ is not closed"
                    : s.contains("for Object") ? ": an object { is not closed"
                    : s.contains("VALUE_STRING") ? ": a text in quotes is not closed" : "");
        }
        if (s.startsWith("Document nesting depth")) {
            return "nested too deeply (" + s.replaceAll(".*\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*", "$1 levels; at most $2")
                    + "); a fact file needs only a few levels";
        }
        if (s.startsWith("Unexpected close marker")) {
            return "an extra " + s.replaceAll("Unexpected close marker ('.')[^:]*: no open (\\w+).*", "$1: there is no open $2 to close")
                    .replace("Object", "object {").replace("Array", "list [");
        }
        if (s.startsWith("Unexpected character")) {
            // "Unexpected character ('"' (code 34)): was expecting comma to separate Object entries"
            s = s.replaceFirst("Unexpected character \\(('.*') \\(code \\d+\\)\\)", "unexpected character $1")
                    .replace("was expecting comma", "expected a comma").replace("was expecting", "expected").replace("Object entries", "the fields of an object")
                    .replace("Array entries", "the items of a list");
        }
        int internals = s.indexOf(" (start marker");
        if (internals < 0) {
            internals = s.indexOf(" at [Source");
        }
        return internals < 0 ? s : s.substring(0, internals);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
