package kb.engine;

import java.nio.file.Path;

/** One file of the rules folder with its bytes and SHA-256, as read in one pass. */
public record RuleFile(String relativePath, Path path, byte[] bytes, String sha256) {

    public boolean isDrl() {
        return relativePath.endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return relativePath.endsWith(".drl.csv") || relativePath.endsWith(".drl.xlsx");
    }

    public boolean isRuleResource() {
        return isDrl() || isDecisionTable();
    }
}
