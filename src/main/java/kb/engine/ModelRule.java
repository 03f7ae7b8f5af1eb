package kb.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule as Drools' parser reads it: its file (relative to the rules folder), its line (a
 * decision table's row for a rule made from a table row), its metadata, the fact types its
 * conditions match, the parameters and globals they read, and the types its consequence
 * makes. Comments are not part of it: the parser drops them.
 */
public record ModelRule(String name, String file, int line, Map<String, String> metadata, Set<String> reads,
                        List<ParameterRead> parameterReads, Set<String> globals, Set<String> inserts,
                        List<PatternAt> patterns, List<ExpressionAt> expressions, int consequenceLine) {

    /** A constraint or eval of the conditions as Drools' parser gives its text, and its line. */
    public record ExpressionAt(String text, int line) {
    }

    /** A pattern of the conditions: the type it matches and the line it is written on. */
    public record PatternAt(String type, int line) {
    }

    /** The parameter ids the conditions read, in the order written, each once. */
    public List<String> parameters() {
        return parameterReads.stream().map(ParameterRead::id).distinct().toList();
    }

    /** True when a condition reads the global {@code period} (the case's period under study). */
    public boolean readsPeriod() {
        return globals.contains("period");
    }
}
