package kb.facts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One fact file parsed into a tree whose every node remembers its line and column, so a
 * schema or cross-fact problem found on the tree can still be reported as
 * {@code file:line:column}. This is the JSON Schema validator's tree (Jackson 3); the
 * domain objects are bound later by {@link StrictJson} (Jackson 2) from the same bytes.
 */
final class JsonTree {
    /** Same strictness as {@link StrictJson}: a duplicate key or trailing garbage is an error, not a guess. */
    private static final NodeReader READER = NodeReader.builder().locationAware()
            .jsonMapper(JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build())
            .build();

    private final Path file;
    private final JsonNode root;

    private JsonTree(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static JsonTree parse(Path file, byte[] bytes) throws BadFactsException {
        if (isBlank(bytes)) {
            throw new BadFactsException(file + ":1:1: the file is empty; expected an object {\"$schema\": ..., ...}");
        }
        try {
            JsonNode root = READER.readTree(new ByteArrayInputStream(bytes), InputFormat.JSON);
            if (root == null || root.isMissingNode()) {
                throw new BadFactsException(file + ":1:1: the file is empty; expected an object {\"$schema\": ..., ...}");
            }
            return new JsonTree(file, root);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int[] lineColumn = at == null || at.getLineNr() < 1
                    ? whereDepthExceeds(bytes, maxDepth(e.getOriginalMessage()))
                    : new int[] {at.getLineNr(), Math.max(at.getColumnNr(), 1)};
            throw new BadFactsException(file + ":" + lineColumn[0] + ":" + lineColumn[1] + ": "
                    + explain(e.getOriginalMessage()));
        }
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** {@code file:line:column} of a node of this tree; the file's start when the node has no location. */
    String where(JsonNode node) {
        int[] at = lineColumn(node);
        return file + ":" + at[0] + ":" + at[1];
    }

    /** Line and column of a node, both from 1. */
    int[] lineColumn(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware && aware.tokenStreamLocation() != null) {
            TokenStreamLocation at = aware.tokenStreamLocation();
            return new int[] {Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1)};
        }
        return new int[] {1, 1};
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
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
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : bytes) {
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
