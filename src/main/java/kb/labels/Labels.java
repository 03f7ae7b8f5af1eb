package kb.labels;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.engine.RuleFile;
import kb.framework.VerdictDefinition;
import kb.framework.Verdicts;

/**
 * The words shown to people, in every {@link Lang}, read from {@code rules/labels.json} so an
 * analyst corrects a translation without touching Java. Sections: {@code results},
 * {@code indicators}, {@code factKinds}, {@code instrumentKinds}, {@code tree} (phrases of the
 * explanation tree, keyed by their English text) and {@code headings}. Factor names stay in
 * {@code factors.json} and the verdicts' labels in {@code verdicts.json} (one place, the one the
 * verdict table is checked against); a rule's Indonesian sentence is its {@code @name_id} metadata.
 */
public final class Labels {
    public static final String FILE = "labels.json";
    static final List<String> SECTIONS = List.of("results", "indicators", "factKinds", "instrumentKinds", "tree", "headings");

    private final Map<String, Map<String, Map<Lang, String>>> sections;
    private final Verdicts verdicts;

    private Labels(Map<String, Map<String, Map<Lang, String>>> sections, Verdicts verdicts) {
        this.sections = sections;
        this.verdicts = verdicts;
    }

    /** The labels of a compiled rules folder; a missing file or entry is one message with the file (and line). */
    public static Labels of(RuleBase rules) throws RuleBuildException {
        String label = rules.folder().toString().endsWith("/") ? rules.folder().toString() : rules.folder() + "/";
        RuleFile file = rules.files().stream().filter(f -> f.relativePath().equals(FILE)).findFirst().orElse(null);
        if (file == null) {
            throw new RuleBuildException(List.of(label + FILE + ": missing; kb report and --lang need the words"
                    + " in each language (sections " + String.join(", ", SECTIONS) + ")"));
        }
        return parse(label + FILE, file.bytes(), rules.verdicts());
    }

    static Labels parse(String path, byte[] json, Verdicts verdicts) throws RuleBuildException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RuleBuildException(List.of(path + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            throw new RuleBuildException(List.of(path + ": cannot read (" + e.getMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Map<Lang, String>>> sections = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new RuleBuildException(List.of(path + ": must be an object with the sections " + String.join(", ", SECTIONS)));
        }
        root.fieldNames().forEachRemaining(name -> {
            if (name.equals("verdicts")) {
                problems.add(path + ": section \"verdicts\": the verdicts' labels are in verdicts.json (one label per"
                        + " language beside each verdict id); remove this section");
            } else if (!name.equals("description") && !SECTIONS.contains(name)) {
                problems.add(path + ": unknown section \"" + name + "\"; allowed: description, " + String.join(", ", SECTIONS));
            }
        });
        for (String section : SECTIONS) {
            JsonNode s = root.path(section);
            if (!s.isObject()) {
                problems.add(path + ": section \"" + section + "\" is missing or not an object");
                continue;
            }
            Map<String, Map<Lang, String>> entries = new LinkedHashMap<>();
            s.fields().forEachRemaining(e -> {
                Map<Lang, String> words = new LinkedHashMap<>();
                for (Lang lang : Lang.values()) {
                    JsonNode w = e.getValue().path(lang.code());
                    if (!w.isTextual() || w.asText().isBlank()) {
                        problems.add(path + ": " + section + "." + e.getKey() + ": no \"" + lang.code()
                                + "\" text; every entry needs " + codes());
                    } else {
                        words.put(lang, w.asText());
                    }
                }
                entries.put(e.getKey(), words);
            });
            sections.put(section, entries);
        }
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems);
        }
        return new Labels(sections, verdicts);
    }

    private static String codes() {
        return String.join(" and ", java.util.Arrays.stream(Lang.values()).map(Lang::code).toList());
    }

    /** The word for {@code key} in {@code section}, or null when the file has no such entry. */
    public String get(String section, String key, Lang lang) {
        Map<Lang, String> words = sections.getOrDefault(section, Map.of()).get(key);
        return words == null ? null : words.get(lang);
    }

    /** A verdict's label (from verdicts.json), or null when the id is not a verdict there. */
    public String verdict(String id, Lang lang) {
        VerdictDefinition.Label label = verdicts.get(id).map(VerdictDefinition::getLabel).orElse(null);
        if (label == null) {
            return null;
        }
        return switch (lang) {
            case EN -> label.getEn();
            case ID -> label.getId();
        };
    }

    /** The keys of a section in file order. */
    public List<String> keys(String section) {
        return List.copyOf(sections.getOrDefault(section, Map.of()).keySet());
    }
}
