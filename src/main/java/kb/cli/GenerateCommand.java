package kb.cli;

import kb.ExitCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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


    /** Far above any test or benchmark here (10,000 cases), far below what fills a disk by accident. */
    static final int MAX_CASES = 1_000_000;
    static final int MAX_ACTIVITIES = 10_000_000;

    /** The rules folders: a generated set must never replace them (--out . --force would). */
    private static List<Path> protectedFolders() {
        List<Path> folders = new ArrayList<>(List.of(Path.of("rules")));
        String home = System.getProperty("kb.home");
        if (home != null) {
            folders.add(Path.of(home, "rules"));
        }
        return folders;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    protected int execute() throws Exception {
        if (cases < 1 || cases > MAX_CASES) {
            throw new UsageException("--cases " + cases + ": must be from 1 to " + MAX_CASES);
        }
        if (activities > MAX_ACTIVITIES) {
            throw new UsageException("--activities " + activities + ": must be at most " + MAX_ACTIVITIES);
        }
        if (activities < CaseGenerator.MIN_ACTIVITIES) {
            throw new UsageException("--activities " + activities + ": must be at least " + CaseGenerator.MIN_ACTIVITIES
                    + " (an early contact, the signing and a joint activity)");
        }
        List<Path> inputs = protectedFolders();
        kb.report.OutputTarget.resolveFolder("--out", out, inputs);
        if (!force && CaseFolderWriter.isNonEmpty(out)) {
            throw new UsageException(out + ": already exists and is not empty; choose another folder or add --force to replace it");
        }
        long needed = CaseFolderWriter.estimatedBytes(cases, activities);
        long free = FreeSpace.usableAt(out);
        if (needed > free) {
            throw new UsageException("--out " + out + ": " + cases + " cases of " + activities + " activities need about "
                    + mib(needed) + " MiB, only " + mib(free) + " MiB are free there; generate fewer or free some space");
        }
        CaseFolderWriter.write("--out", out, new CaseGenerator(seed, activities), cases, inputs);
        spec.commandLine().getErr().println("kb generate: wrote " + cases + " hypothetical cases of " + activities
                + " activities to " + out + " (seed " + seed + ")");
        return ExitCode.OK;
    }
}
