package kb.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that hands every token it reads to a {@link QuickSchema.Walk} before handing it on,
 * so a fact file is parsed once: the binder pulls the tokens and the schema check follows along.
 * Jackson's parser delegate passes on only {@code nextToken}, {@code nextValue} and
 * {@code skipChildren}; every other way of moving on ({@code nextFieldName}, {@code
 * nextTextValue}...) is {@code nextToken} underneath, so no token passes unchecked.
 */
final class CheckingParser extends JsonParserDelegate {
    /**
     * {@link JsonTree}'s syntax rules but for duplicate keys, which the walk finds with a bit per
     * field (the parser would keep a set of names per object to find them).
     */
    private static final JsonFactory PARSERS = JsonTree.mapperBuilder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().getFactory();

    private final QuickSchema.Walk walk;

    private CheckingParser(JsonParser parser, QuickSchema schema) {
        super(parser);
        this.walk = schema.walk();
    }

    /** A parser over a whole fact file whose every token is checked against {@code schema}. */
    static CheckingParser of(byte[] bytes, QuickSchema schema) throws IOException {
        return new CheckingParser(PARSERS.createParser(bytes), schema);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token != null) {
            walk.accept(token, delegate);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skipped values are checked too: their tokens go through {@link #nextToken}. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        for (int open = 1; open > 0; ) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    /** True when the tokens read so far make one whole value that passed the schema. */
    boolean passed() {
        return walk.passed();
    }
}
