package kb.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kb.report.AtomicFiles;

/**
 * Writes generated cases into a folder whole or not at all, through
 * {@link AtomicFiles#writeFolder}: a reader never sees half a set.
 */
public final class CaseFolderWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private CaseFolderWriter() {
    }

    /** True when {@code dir} exists and holds anything: writing there needs --force. */
    public static boolean isNonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    /** Writes cases {@code 0..count-1} (in parallel: each case depends only on the seed) and swaps them in. */
    public static void write(Path target, CaseGenerator generator, int count) throws IOException {
        try {
            AtomicFiles.writeFolder(target, folder -> writeAll(folder, generator, count));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The same as {@link #write(Path, CaseGenerator, int)}, for the command line: refusals and failures are one line. */
    public static void write(String option, Path target, CaseGenerator generator, int count, java.util.Collection<Path> inputs)
            throws kb.report.OutputException {
        AtomicFiles.writeFolder(option, target, folder -> writeAll(folder, generator, count), inputs);
    }

    /**
     * The cases and, beside them, the law library they are judged against (as facts/law is beside
     * facts/batam-gimje), so the cases give their intended results wherever they are evaluated from.
     */
    private static void writeAll(AtomicFiles.StagedFolder folder, CaseGenerator generator, int count) {
        writeCase(folder, new GeneratedCase("law", null, generator.lawLibrary()));
        IntStream.range(0, count).parallel().forEach(i -> writeCase(folder, generator.generate(i)));
    }

    /** About what a generated case takes on disk: ~250 bytes per activity plus its other files. */
    public static long estimatedBytes(int count, int activities) {
        return (long) count * (activities * 260L + 12_000L);
    }

    /** Writes one case folder in memory-light streaming JSON (a million activities is fine). */
    private static void writeCase(AtomicFiles.StagedFolder into, GeneratedCase c) {
        try {
            for (GeneratedCase.CaseFile f : c.files()) {
                try (OutputStream out = into.newFile(c.name() + "/" + f.name());
                     JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    json.useDefaultPrettyPrinter();
                    f.body().write(json);
                    json.writeRaw('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
