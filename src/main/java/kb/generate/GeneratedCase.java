package kb.generate;

import java.util.List;

/**
 * One made-up case, ready to write: its folder name and its files in the order a case folder
 * lists them. Every fact is HYPOTHETICAL and cites the one hypothetical source.
 */
public record GeneratedCase(String name, Profile intended, List<CaseFile> files) {

    /** A fact file: its name and a writer that streams its JSON (a million activities never sit in a tree). */
    public record CaseFile(String name, JsonBody body) {
    }

    @FunctionalInterface
    public interface JsonBody {
        void write(com.fasterxml.jackson.core.JsonGenerator json) throws java.io.IOException;
    }

    /** Met or not for F1..F6 as the generator meant them; tests compare it with what the rules say. */
    public boolean[] intendedFactors() {
        return intended.asArray();
    }
}
