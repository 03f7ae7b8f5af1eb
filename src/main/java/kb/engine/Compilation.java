package kb.engine;

import java.util.List;
import org.kie.api.KieBase;

/**
 * How a rules folder, once read, becomes a KieBase: compiled whole (through the cache of
 * {@link CompiledRulesCache}) or, in a long-lived process, file by file ({@link FileByFileCompiler}).
 * Either gives the KieBase of exactly these files, or throws with the compiler's own messages.
 */
interface Compilation {
    KieBase compile(String folderLabel, List<RuleFile> files, RuleModel model) throws RuleBuildException;
}
