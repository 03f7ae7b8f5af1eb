package kb.cli;

import kb.engine.RuleBase;
import kb.engine.RuleBuildException;
import kb.labels.Labels;
import kb.labels.Lang;
import kb.labels.NodeWords;
import kb.labels.Words;
import picocli.CommandLine.Option;

/** {@code --lang en|id}: the language people read; shared by every command that prints for people. */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of what people read: en or id (Bahasa Indonesia); words from rules/labels.json "
                    + "(default: ${DEFAULT-VALUE}).")
    String lang;

    public Lang lang() throws UsageException {
        Lang l = Lang.of(lang);
        if (l == null) {
            throw new UsageException("--lang " + lang + ": not a language of the labels; allowed: en, id");
        }
        return l;
    }

    /** True when the output keeps its English words as they always were (no labels file needed). */
    public boolean isDefault() throws UsageException {
        return lang() == Lang.EN;
    }

    public Words words(RuleBase rules) throws UsageException, RuleBuildException {
        return new Words(Labels.of(rules), lang());
    }

    public NodeWords nodeWords(RuleBase rules) throws UsageException, RuleBuildException {
        return new NodeWords(words(rules), rules.framework().factors());
    }
}
