package kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;

/** The shipped rules and cases, compiled once per test JVM (a build takes seconds). */
public final class Shipped {
    public static final Path RULES = Path.of("rules");
    public static final Path FACTS = Path.of("facts");
    public static final Path BATAM_GIMJE = FACTS.resolve("batam-gimje");
    private static RuleBase rules;

    private Shipped() {
    }

    public static synchronized RuleBase rules() {
        if (rules == null) {
            try {
                rules = RuleBase.load(RULES);
            } catch (RuleBuildException e) {
                throw new AssertionError("the shipped rules must build:\n" + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** Every case folder under facts/ that has an expected.json, sorted. */
    public static List<Path> casesWithExpectations() {
        try (Stream<Path> dirs = Files.list(FACTS)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
