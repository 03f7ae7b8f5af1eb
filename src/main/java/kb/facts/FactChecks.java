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
        // Facts assembled outside a case folder have no line and column; such problems are
        // booked on case.json of the folder, which callers may rename to their own file.
        String where = folder.resolve(FactFileKind.CASE_FILE).toString();
        return new CaseChecks(new Sites(), sources).check(partnership, List.copyOf(sources.values()), facts).stream()
                .map(p -> p.startsWith("?:") ? where + p.substring(1) : p).toList();
    }
}
