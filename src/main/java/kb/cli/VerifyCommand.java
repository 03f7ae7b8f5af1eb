package kb.cli;

import kb.ExitCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.audit.AuditComparison;
import kb.audit.AuditRecord;
import kb.audit.ProjectPaths;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.facts.BadFactsException;
import kb.report.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb verify FILE}: re-evaluates a recorded case and says whether the record is reproduced. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-evaluate the case of an audit record and say whether it is reproduced.",
            "The record comes from kb evaluate CASE --audit FILE. The case is found from the project root",
            "(or --case DIR); the rules are the project's (or --rules DIR), never a folder named in the record.",
            "Prints \"reproduced\" (exit 0) or everything that differs (exit 1): the record's own checksum, the",
            "tool and Drools versions, the case id, rule or fact files (with the changed lines, as diff -u),",
            "conclusions that appeared or vanished, the verdict, and every field of the result."})
public final class VerifyCommand extends KbCommand {
    @Parameters(paramLabel = "FILE", description = "Audit record written by kb evaluate CASE --audit FILE.")
    Path recordFile;

    @Option(names = "--case", paramLabel = "DIR",
            description = "The case folder to evaluate (default: the recorded one, relative to the project root).")
    Path caseOption;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;


    @Override
    protected int execute() throws Exception {
        JsonNode recorded = read(recordFile);
        if (caseOption == null && recorded.path("case").path("folder").isNull()) {
            throw new BadFactsException(recordFile + ": the record of a case built in memory (kb.api) names no case folder;"
                    + " its facts are under facts.inMemory. Name a folder holding the case with --case DIR");
        }
        String recordedCase = recorded.path("case").path("folder").asText();
        Path caseFolder = caseOption != null ? caseOption : ProjectPaths.resolve(recordedCase);
        if (caseOption == null && !Files.isDirectory(caseFolder)) {
            throw new BadFactsException(recordFile + ": the recorded case folder " + recordedCase + " is not in the project ("
                    + ProjectPaths.root() + "); name the case with --case DIR");
        }
        // The rules come from the project or from --rules: a record never chooses what code is run.
        Evaluator evaluator = rules.evaluator();
        if (facts.period == null && recorded.path("case").path("period").isTextual()) {
            // Judge over the period the record was made for (--period at recording time, or the case's own).
            facts.period = kb.facts.Period.parse(recorded.path("case").path("period").asText());
        }
        var out = spec.commandLine().getOut();
        String recordedRules = recorded.path("rules").path("folder").asText();
        String note = ProjectPaths.relative(rules.rulesFolder()).equals(recordedRules) ? null
                : "  note: the record was made with the rules in " + recordedRules + "; checked against "
                        + rules.rulesFolder() + (rules.rules == null ? " (name others with --rules DIR)" : "");
        Evaluation now = evaluator.evaluate(facts.load(caseFolder), true);
        // Through JSON and back, so numbers compare as the recorded ones read from the file do.
        JsonNode fresh = new ObjectMapper().readTree(ResultJson.WRITER.writeValueAsBytes(
                AuditRecord.of(evaluator.rules(), caseFolder, now)));
        List<String> diffs = AuditComparison.differences(recorded, fresh);
        if (diffs.isEmpty()) {
            out.println("reproduced: case " + recorded.path("case").path("id").asText() + " gives "
                    + AuditRecord.verdict(fresh) + " again, from " + fresh.path("rules").path("files").size()
                    + " unchanged rule files and " + fresh.path("facts").path("files").size()
                    + " unchanged fact files, with the same " + fresh.path("derivation").size()
                    + " conclusions and " + fresh.path("firings").size() + " firings");
            if (note != null) {
                out.println(note);
            }
            return ExitCode.OK;
        }
        out.println("not reproduced: case " + recorded.path("case").path("id").asText() + " (recorded "
                + recorded.path("createdAt").asText() + ", rules " + rules.rulesFolder() + ")");
        if (note != null) {
            out.println(note);
        }
        diffs.forEach(d -> out.println("  " + d));
        return ExitCode.RULES_OR_CHECK_FAILED;
    }

    private static JsonNode read(Path file) throws BadFactsException {
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(file));
            if (n == null || !n.isObject() || !n.has("recordFormat") || !n.path("case").has("folder")) {
                throw new BadFactsException(file + ": not an audit record of format " + AuditRecord.FORMAT
                        + " (write one with kb evaluate CASE --audit FILE)");
            }
            if (n.path("recordFormat").asInt() != AuditRecord.FORMAT) {
                throw new BadFactsException(file + ": an audit record of format " + n.path("recordFormat").asText()
                        + "; this kb reads format " + AuditRecord.FORMAT + " (make the record again with kb evaluate CASE --audit FILE)");
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
