package kb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kb.audit.AuditComparison;
import kb.audit.AuditRecord;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.BadFactsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb verify FILE}: re-evaluates a recorded case and says whether the record is reproduced. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-evaluate the case of an audit record and say whether it is reproduced.",
            "The record comes from kb evaluate CASE --audit FILE; the current rules and facts are used.",
            "Prints \"reproduced\" (exit 0) or exactly what differs: rule or fact files changed (name, hash),",
            "conclusions that appeared or vanished, the verdict (exit 1)."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Audit record written by kb evaluate CASE --audit FILE.")
    Path recordFile;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JsonNode recorded = read(recordFile);
        Path caseFolder = Path.of(recorded.path("case").path("folder").asText());
        if (rules.rules == null) {
            rules.rules = Path.of(recorded.path("rules").path("folder").asText());
        }
        Evaluator evaluator = rules.evaluator();
        if (facts.period == null && recorded.path("case").path("period").isTextual()) {
            // Judge over the period the record was made for (--period at recording time, or the case's own).
            facts.period = kb.facts.Period.parse(recorded.path("case").path("period").asText());
        }
        Evaluation now = evaluator.evaluate(facts.load(caseFolder), true);
        JsonNode fresh = AuditRecord.of(evaluator.rules(), caseFolder, now);
        List<String> diffs = AuditComparison.differences(recorded, fresh);
        var out = spec.commandLine().getOut();
        if (diffs.isEmpty()) {
            out.println("reproduced: case " + recorded.path("case").path("id").asText() + " gives "
                    + AuditRecord.verdict(fresh) + " again, from " + fresh.path("rules").path("files").size()
                    + " unchanged rule files and " + fresh.path("facts").path("files").size()
                    + " unchanged fact files, with the same " + fresh.path("derivation").size()
                    + " conclusions and " + fresh.path("firings").size() + " firings");
            return ExitCode.OK;
        }
        out.println("not reproduced: case " + recorded.path("case").path("id").asText() + " (recorded "
                + recorded.path("createdAt").asText() + ", rules " + rules.rulesFolder() + ")");
        diffs.forEach(d -> out.println("  " + d));
        return ExitCode.RULES_OR_CHECK_FAILED;
    }

    private static JsonNode read(Path file) throws BadFactsException {
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(file));
            if (n == null || n.path("recordFormat").asInt() != AuditRecord.FORMAT || !n.path("case").has("folder")) {
                throw new BadFactsException(file + ": not an audit record of format " + AuditRecord.FORMAT
                        + " (write one with kb evaluate CASE --audit FILE)");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadFactsException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadFactsException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
