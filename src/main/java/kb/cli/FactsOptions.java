package kb.cli;

import java.nio.file.Path;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Limits;
import picocli.CommandLine.Option;

/** How case folders are read; shared by every command that reads facts. */
public final class FactsOptions {
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + Limits.DEFAULT_MAX_FILE_BYTES,
            description = "Refuse fact files larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxFileBytes;

    public CaseFacts load(Path folder) throws BadFactsException {
        return loader().load(folder);
    }

    /** A limit of 0 or less would refuse every file with a message about its size: say what is wrong instead. */
    public CaseLoader loader() throws BadFactsException {
        if (maxFileBytes < 1) {
            throw new BadFactsException("--max-file-size " + maxFileBytes + ": must be at least 1 byte");
        }
        return new CaseLoader(maxFileBytes);
    }
}
