package kb.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The checks a case folder gets (required fields, unique ids, known sources, dates that run
 * forwards), open to facts assembled elsewhere, such as a scenario's base case plus its
 * additions. {@code folder} is where {@code case.json} and {@code sources.json} would be.
 */
public final class FactChecks {
    private FactChecks() {
    }

    public static List<String> check(Path folder, Partnership partnership, Map<String, Source> sources,
                                     List<Fact> facts, Map<String, Path> fileOf) {
        return CaseChecks.check(folder, partnership, sources, facts, fileOf);
    }
}
