package kb.cli;

import kb.ExitCode;
import java.nio.file.Path;
import kb.generate.CaseFolderWriter;
import kb.generate.CaseGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb generate}: made-up case folders for tests and benchmarks, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate hypothetical case folders (basis HYPOTHETICAL, marked hypothetical in case.json)",
            "with a mix of met and unmet factors and all three verdicts; the same seed gives the same files."})
public final class GenerateCommand extends KbCommand {
    @Option(names = "--cases", required = true, paramLabel = "N", description = "Number of case folders.")
    int cases;

    @Option(names = "--activities", required = true, paramLabel = "M",
            description = "Activities per case (at least " + CaseGenerator.MIN_ACTIVITIES + "); a case has about M + 10 facts.")
    int activities;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the case folders into.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Replace DIR if it already holds files.")
    boolean force;


    @Override
    protected int execute() throws Exception {
        if (cases < 1) {
            throw new UsageException("--cases " + cases + ": must be at least 1");
        }
        if (activities < CaseGenerator.MIN_ACTIVITIES) {
            throw new UsageException("--activities " + activities + ": must be at least " + CaseGenerator.MIN_ACTIVITIES
                    + " (an early contact, the signing and a joint activity)");
        }
        if (!force && CaseFolderWriter.isNonEmpty(out)) {
            throw new UsageException(out + ": already exists and is not empty; choose another folder or add --force to replace it");
        }
        CaseFolderWriter.write(out, new CaseGenerator(seed, activities), cases);
        spec.commandLine().getErr().println("kb generate: wrote " + cases + " hypothetical cases of " + activities
                + " activities to " + out + " (seed " + seed + ")");
        return ExitCode.OK;
    }
}
