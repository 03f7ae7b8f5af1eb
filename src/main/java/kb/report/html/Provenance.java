package kb.report.html;

import java.util.Map;

/**
 * What an auditor needs to make the page again: the tool, Drools and Java versions, the
 * SHA-256 of every rule and fact file (by path), and the command that made the page.
 */
public record Provenance(String tool, String drools, String java, Map<String, String> ruleFiles,
                         Map<String, String> factFiles, String command) {
}
