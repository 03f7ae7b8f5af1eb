package kb.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact file, or one value of it (an item of its list), as a tree whose every node remembers
 * its line and column in the file, so a schema or cross-fact problem found on the tree can
 * still be reported as {@code file:line:column}. The trees are read straight from the one
 * parser that reads the file ({@link #reader}); the JSON Schema validator checks them and the
 * domain objects are bound from them, so each byte of a file is parsed once.
 */
final class JsonTree {
    /**
     * The syntax rules of every fact file: a duplicate key is an error, not a guess; nesting
     * deeper than 500 levels (Jackson's own default is deeper) is refused early, since a fact
     * file needs only a few.
     */
    static final int MAX_NESTING = 500;
    private static final JsonMapper MAPPER = mapperBuilder().build();

    /** The syntax rules above, for a mapper that reads fact files another way ({@link QuickFactFile}). */
    static JsonMapper.Builder mapperBuilder() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
    }

    private final Path file;
    private final JsonNode root;

    JsonTree(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * A parser over a whole fact file, with the syntax rules above. Closing it leaves {@code in}
     * open, for the caller to read to the end after an error.
     */
    static JsonParser streamParser(InputStream in) throws IOException {
        return MAPPER.createParser(in);
    }

    /** Makes nodes that keep the place in the file of the token {@code p} stands on when each is made. */
    static JsonNodeFactory nodes(JsonParser p) {
        return new LocationJsonNodeFactory(p);
    }

    /** Reads trees (with {@code readTree(p)}: the value the parser stands on) whose nodes come from {@code nodes}. */
    static ObjectReader reader(JsonNodeFactory nodes) {
        return MAPPER.reader(nodes);
    }

    /** A whole text that holds exactly one JSON value, e.g. a data file of the rules folder. */
    static JsonTree parse(Path file, byte[] text) throws NotJson {
        try (JsonParser p = streamParser(new ByteArrayInputStream(text))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new NotJson(new int[] {1, 1}, "Unexpected end-of-input: no content");
            }
            JsonNode root = reader(nodes(p)).readTree(p);
            if (p.nextToken() != null) {
                throw NotJson.trailing(p.currentTokenLocation());
            }
            return new JsonTree(file, root);
        } catch (JsonProcessingException e) {
            throw new NotJson(e, null);
        } catch (IOException e) {
            throw new AssertionError("reading bytes in memory cannot fail", e);
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

    /** Line and column in the file of a node, both from 1; 1:1 when the node has no place. */
    int[] lineColumn(JsonNode node) {
        if (node instanceof TokenStreamLocationAware aware && located(aware.tokenStreamLocation())) {
            return at(aware.tokenStreamLocation());
        }
        return new int[] {1, 1};
    }

    private static int[] at(JsonLocation at) {
        return new int[] {Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1)};
    }

    private static boolean located(JsonLocation at) {
        return at != null && at.getLineNr() >= 1;
    }

    /**
     * JSON that does not parse, at its place in the file when Jackson names one. Nesting too
     * deep is the one error Jackson reports without a place; {@link #problem} finds it then.
     */
    static final class NotJson extends Exception {
        private final int[] at;
        private final String jacksonMessage;

        /** {@code p}: the parser that failed, for the place of an error that carries none (nesting too deep); may be null. */
        NotJson(JsonProcessingException e, JsonParser p) {
            this(located(e.getLocation()) ? at(e.getLocation())
                    : p != null && located(p.currentTokenLocation()) ? at(p.currentTokenLocation()) : null, e.getOriginalMessage());
        }

        private NotJson(int[] at, String jacksonMessage) {
            super(jacksonMessage, null, false, false);
            this.at = at;
            this.jacksonMessage = jacksonMessage;
        }

        /** Content after the file's one JSON value, worded as Jackson's own check words it for a whole tree. */
        static NotJson trailing(JsonLocation at) {
            return new NotJson(at(at), "Trailing token after the JSON value");
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
        if (s.startsWith("Duplicate field '") && s.endsWith("'")) {
            // Jackson 2 words it "Duplicate field 'kind'"; the name is shown as JSON shows it.
            return "duplicate field " + SchemaMessages.quote(s.substring("Duplicate field '".length(), s.length() - 1))
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
