package kb.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;

/**
 * A fact's reference to one source: the source's id and, where recorded, the passage the
 * fact rests on ({@code quote}, at most about 40 words in the source's language) and an
 * English {@code gloss} of it (for a quote in Indonesian). In a file it is either the bare
 * id, {@code "thesis"}, or an object, {@code {"id": "thesis", "quote": "...", "gloss": "..."}}.
 */
public final class SourceRef {
    private String id;
    private String quote;
    private String gloss;

    /** For Jackson, which fills the fields of the object form. */
    private SourceRef() {
    }

    private SourceRef(String id) {
        this.id = id;
    }

    /** The bare-id form: a reference with no quote recorded yet. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceRef of(String id) {
        return new SourceRef(id);
    }

    public String getId() {
        return id;
    }

    /** The passage of the source the fact rests on; null when none is recorded yet. */
    public String getQuote() {
        return quote;
    }

    /** An English rendering of the quote; null when the quote is in English or absent. */
    public String getGloss() {
        return gloss;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRef r && r.id.equals(id) && Objects.equals(r.quote, quote) && Objects.equals(r.gloss, gloss);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, quote, gloss);
    }

    @Override
    public String toString() {
        return id;
    }
}
