package kb.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kb.facts.BadFactsException;
import kb.facts.StrictJson;

/**
 * The verdicts of {@code rules/verdicts.json}, in file order (best first): the ids the verdict
 * table's rows may name, each with one label per language, so two rows cannot spell a verdict
 * differently.
 */
public final class Verdicts {
    /** The tool's own answer when the undetermined factors could give several verdicts. */
    public static final String UNDETERMINED = "UNDETERMINED";

    private final Map<String, VerdictDefinition> byId = new LinkedHashMap<>();

    private Verdicts(List<VerdictDefinition> all) {
        all.forEach(v -> byId.putIfAbsent(v.getId(), v));
    }

    /** Reads the file; each problem comes back as {@code path[:line:column]: message}. */
    public static Verdicts read(Path file, byte[] json, List<String> problems) {
        if (json == null) {
            problems.add(file + ": missing; the rules folder needs it (the verdicts the verdict table may give,"
                    + " with their labels)");
            return new Verdicts(List.of());
        }
        List<VerdictDefinition> all;
        try {
            all = List.copyOf(StrictJson.readWrapped(file, new ByteArrayInputStream(json), "verdicts",
                    VerdictDefinition.class, true));
        } catch (BadFactsException e) {
            problems.addAll(e.problems());
            return new Verdicts(List.of());
        } catch (IOException e) {
            problems.add(file + ": cannot read (" + e.getMessage() + ")");
            return new Verdicts(List.of());
        }
        Map<String, VerdictDefinition> seen = new LinkedHashMap<>();
        for (VerdictDefinition v : all) {
            String what = file + ": verdict \"" + v.getId() + "\": ";
            if (v.getId() == null || v.getId().isBlank()) {
                problems.add(file + ": every verdict needs an \"id\", e.g. \"NOT_OPTIMAL\"");
            } else if (UNDETERMINED.equals(v.getId())) {
                problems.add(what + "UNDETERMINED is the tool's own answer when factors are undetermined; use another id");
            } else if (seen.putIfAbsent(v.getId(), v) != null) {
                problems.add(what + "duplicate id; each verdict is listed once, with its labels");
            }
            VerdictDefinition.Label l = v.getLabel();
            if (l == null || l.getEn() == null || l.getEn().isBlank() || l.getId() == null || l.getId().isBlank()) {
                problems.add(what + "needs \"label\": {\"en\": \"...\", \"id\": \"...\"} (English and Indonesian)");
            }
        }
        return new Verdicts(all);
    }

    public Optional<VerdictDefinition> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every verdict id, best first (file order). */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<VerdictDefinition> all() {
        return List.copyOf(byId.values());
    }
}
