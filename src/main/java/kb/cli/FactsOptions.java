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

    public CaseLoader loader() {
        return new CaseLoader(maxFileBytes);
    }
}
