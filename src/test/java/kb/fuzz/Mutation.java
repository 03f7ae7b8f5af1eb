package kb.fuzz;

/**
 * One way to damage one fact file. {@code seed} drives every choice inside the mutation
 * (which node, which position, which text), so a failing case can be replayed exactly.
 */
public record Mutation(Kind kind, String file, long seed) {
    public enum Kind {
        /** The file cut at a random byte, as after a crash or a bad copy. */
        TRUNCATE,
        /** A value replaced by one of another JSON type. */
        WRONG_TYPE,
        /** A text value replaced by 50 kB to 1 MB of text. */
        HUGE_STRING,
        /** A value replaced by arrays or objects nested up to 3,000 deep. */
        DEEP_NESTING,
        /** Random code points (controls, emoji, lone surrogates, NUL) inserted anywhere in the text. */
        UNICODE_IN_TEXT,
        /** A text value replaced by random code points. */
        UNICODE_IN_VALUE,
        /** Random bytes written over part of the file (often invalid UTF-8). */
        RANDOM_BYTES,
        /** A field of some object removed. */
        DROP_FIELD,
        /** An item of a list repeated (duplicate ids). */
        DUPLICATE_ITEM,
        /** A value replaced by an edge case: empty, blank, an impossible date, a huge number, a path. */
        ODD_VALUE,
        /** A field added with a random name. */
        EXTRA_FIELD,
        /** The file emptied. */
        EMPTY_FILE,
        /** The file deleted. */
        DELETE_FILE
    }
}
