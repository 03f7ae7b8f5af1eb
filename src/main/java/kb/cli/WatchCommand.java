package kb.cli;

import kb.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kb.facts.BadFactsException;
import java.util.List;
import kb.watch.Changes;
import kb.watch.WatchLoop;
import kb.watch.WatchSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb watch CASE}: evaluate again whenever a rule file or a fact file changes. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Evaluate a case, then again whenever a file under the rules folder or the case folder changes,"
                + " showing what changed since the previous result (factors that flipped, indicators, the verdict).",
                "Broken rules or facts print their errors as path:line: message and keep the last good result.",
                "Stop with Ctrl-C, or after --max-runs evaluations."})
public final class WatchCommand extends KbCommand {
    @Parameters(paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje.")
    Path caseFolder;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N evaluations, the first included (default: 0, never stop).")
    int maxRuns;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "50",
            description = "When polling (no file-system events, or --poll): how often to look (default: ${DEFAULT-VALUE} ms).")
    long intervalMs;

    @Option(names = "--poll", description = "Look every --interval-ms instead of waiting for file-system events"
            + " (for a network or container mount whose changes raise no events).")
    boolean poll;

    @Option(names = "--settle-ms", paramLabel = "MS", defaultValue = "20",
            description = "After a change, wait until the files have been quiet this long, so a half-saved file is"
                    + " not evaluated (default: ${DEFAULT-VALUE} ms).")
    long settleMs;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;


    @Override
    protected int execute() throws Exception {
        if (!Files.isDirectory(caseFolder)) {
            throw new BadFactsException(caseFolder + ": no such case folder");
        }
        if (maxRuns < 0 || intervalMs < 1 || settleMs < 0) {
            throw new UsageException("--max-runs must be 0 or more, --interval-ms 1 or more, --settle-ms 0 or more");
        }
        rules.checkBounds();
        PrintWriter out = spec.commandLine().getOut();
        Path rulesFolder = rules.rulesFolder();
        WatchSession session = new WatchSession(rulesFolder, caseFolder, facts.loader(), rules.maxFirings,
                rules.timeout(), out);
        try (Changes changes = Changes.of(List.of(rulesFolder, caseFolder), Duration.ofMillis(intervalMs), poll)) {
            out.println("Watching " + rulesFolder + " and " + caseFolder + " (" + changes.describe() + ").");
            new WatchLoop(session, changes, Duration.ofMillis(settleMs), maxRuns).run();
        }
        // Stopped by --max-runs: exit as the last run would have on its own.
        return switch (session.lastStatus()) {
            case OK -> ExitCode.OK;
            case RULES_BROKEN -> ExitCode.RULES_OR_CHECK_FAILED;
            case BAD_FACTS -> ExitCode.BAD_INPUT;
            case RULE_FAILURE -> ExitCode.RULE_FAILURE;
        };
    }
}
