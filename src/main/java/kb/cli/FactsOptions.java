package kb.cli;

import java.nio.file.Path;
import kb.facts.BadFactsException;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Limits;
import kb.facts.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How case folders are read; shared by every command that reads facts. */
public final class FactsOptions {
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + Limits.DEFAULT_MAX_FILE_BYTES,
            description = "Refuse fact files larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxFileBytes;

    @Option(names = "--period", paramLabel = "FROM-TO", converter = PeriodConverter.class,
            description = "Judge each case over these years (e.g. 2014-2018) instead of the period in its case.json; the facts are not changed.")
    Period period;

    @Option(names = "--law", paramLabel = "DIR",
            description = "The national law library (instruments.json, sources.json); default: law/ beside the case folder, else facts/law.")
    Path lawFolder;

    public CaseFacts load(Path folder) throws BadFactsException, UsageException {
        return loader().load(folder);
    }

    /**
     * A limit of 0 or less would refuse every file with a message about its size: say what is wrong
     * instead, as a bad option value (like --max-firings and --timeout), not as a problem of a file.
     */
    public CaseLoader loader() throws UsageException {
        if (maxFileBytes < 1) {
            throw new UsageException("--max-file-size " + maxFileBytes + ": must be at least 1 byte");
        }
        return new CaseLoader(maxFileBytes, period, lawFolder);
    }

    /** Reads "2003-2013"; a bad value is a usage error (exit 2) with what is allowed. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
