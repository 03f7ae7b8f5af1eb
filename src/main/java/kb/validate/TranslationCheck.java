package kb.validate;

import java.util.ArrayList;
import java.util.List;
import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.engine.RuleInfo;
import kb.labels.Labels;
import kb.labels.Words;

/**
 * What {@code kb validate} checks of the words people read: labels.json reads and has every
 * entry in every language (a problem), and each rule has an Indonesian sentence in
 * {@code @name_id} (a warning: without one, {@code --lang id} shows its English name).
 */
public final class TranslationCheck {
    private TranslationCheck() {
    }

    /** Problems of labels.json, as {@code path:line: message}; none when it reads. A missing file is a warning. */
    public static List<String> labelProblems(RuleBase rules) {
        if (rules.files().stream().noneMatch(f -> f.relativePath().equals(Labels.FILE))) {
            return List.of();
        }
        try {
            Labels.of(rules);
            return List.of();
        } catch (RuleBuildException e) {
            return e.problems();
        }
    }

    public static List<String> warnings(RuleBase rules) {
        List<String> warnings = new ArrayList<>();
        if (rules.files().stream().noneMatch(f -> f.relativePath().equals(Labels.FILE))) {
            String label = rules.folder().toString().endsWith("/") ? rules.folder().toString() : rules.folder() + "/";
            warnings.add(label + Labels.FILE + ": warning: missing; kb report and --lang id need it");
        }
        for (RuleInfo r : rules.catalogue().all()) {
            String id = r.metadata().get(Words.NAME_ID);
            if (id == null || id.isBlank()) {
                warnings.add(r.file() + ":" + Math.max(r.line(), 1) + ": warning: rule \"" + r.name() + "\": no @"
                        + Words.NAME_ID + "(\"...\"); --lang id shows its English sentence");
            }
        }
        return warnings;
    }
}
