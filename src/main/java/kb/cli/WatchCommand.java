package kb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import kb.facts.BadFactsException;
import kb.watch.WatchLoop;
import kb.watch.WatchSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb watch CASE}: evaluate again whenever a rule file or a fact file changes. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Evaluate a case, then again whenever a file under the rules folder or the case folder changes,"
                + " showing what changed since the previous result (factors that flipped, indicators, the verdict).",
                "Broken rules or facts print their errors as path:line: message and keep the last good result.",
                "Stop with Ctrl-C, or after --max-runs evaluations."})
public final class WatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "Case folder, e.g. facts/batam-gimje.")
    Path caseFolder;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N evaluations, the first included (default: 0, never stop).")
    int maxRuns;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "50",
            description = "How often to look for changes (default: ${DEFAULT-VALUE} ms).")
    long intervalMs;

    @Option(names = "--settle-ms", paramLabel = "MS", defaultValue = "20",
            description = "After a change, wait this long and look again, so a half-saved file is not evaluated"
                    + " (default: ${DEFAULT-VALUE} ms).")
    long settleMs;

    @Mixin
    RulesOptions rules;

    @Mixin
    FactsOptions facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(caseFolder)) {
            throw new BadFactsException(caseFolder + ": no such case folder");
        }
        if (maxRuns < 0 || intervalMs < 1 || settleMs < 0) {
            throw new UsageException("--max-runs must be 0 or more, --interval-ms 1 or more, --settle-ms 0 or more");
        }
        rules.checkBounds();
        PrintWriter out = spec.commandLine().getOut();
        WatchSession session = new WatchSession(rules.rulesFolder(), caseFolder, facts.loader(), rules.maxFirings,
                rules.timeout(), out);
        new WatchLoop(session, Duration.ofMillis(intervalMs), Duration.ofMillis(settleMs), maxRuns).run();
        return ExitCode.OK;
    }
}
