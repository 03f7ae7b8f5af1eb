package kb.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} in any case and names the formats the command takes otherwise: each
 * command says which of {@link OutputFormat} it prints ({@link TextOrJson} for explain).
 */
public class FormatConverter implements ITypeConverter<OutputFormat> {
    private final Set<OutputFormat> allowed;

    /** Every format: evaluate takes text and json for one case, csv and jsonl for several. */
    public FormatConverter() {
        this(EnumSet.allOf(OutputFormat.class));
    }

    FormatConverter(Set<OutputFormat> allowed) {
        this.allowed = allowed;
    }

    @Override
    public OutputFormat convert(String value) {
        for (OutputFormat f : allowed) {
            if (f.name().equals(value.toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a format of this command; allowed: "
                + allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** A tree or its JSON: explain has no summary line to put in a CSV. */
    public static final class TextOrJson extends FormatConverter {
        public TextOrJson() {
            super(EnumSet.of(OutputFormat.TEXT, OutputFormat.JSON));
        }
    }
}
