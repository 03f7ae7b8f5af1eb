package kb.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an auditor or analyst needs to know of one rule: its stable id, its sentence name,
 * where it is written, and its metadata (factor, indicator, reference). Nothing here is
 * typed by hand in Java: it is read from the rule files.
 */
public record RuleInfo(String id, String name, String file, int line, String factor,
                       List<String> indicators, String reference, Map<String, String> metadata,
                       Set<String> concludes, List<String> parameters, Set<String> reads, boolean readsPeriod) {

    /**
     * Equal rules have equal names, so the name alone hashes them: the record's own hash goes
     * through every metadata map and list, for every rule an explanation lists.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** True when the rule's consequence inserts the conclusion type of that simple name. */
    public boolean concludes(Class<?> conclusionType) {
        return concludes.contains(conclusionType.getSimpleName());
    }

    /** "f4-implementation.drl:42" — the place an editor can jump to. */
    public String location() {
        return file + ":" + line;
    }

    /** Splits an {@code @indicator("I1.1, I1.2")} value into its indicator ids. */
    static List<String> splitIndicators(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
