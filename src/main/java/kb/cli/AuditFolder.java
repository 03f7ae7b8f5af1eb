package kb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.audit.AuditRecord;
import kb.engine.Evaluation;
import kb.engine.Evaluator;
import kb.engine.Trace;
import kb.facts.CaseLoader;
import kb.report.AtomicFiles;
import kb.report.ResultJson;

/**
 * {@code --audit DIR} with several cases: one record per case evaluated, {@code DIR/<case folder>.audit.json},
 * each written whole. The batch itself runs without provenance, so each case is evaluated
 * again here with the full trace, one after another, with the rules already compiled.
 */
final class AuditFolder {
    static final String SUFFIX = ".audit.json";

    private AuditFolder() {
    }

    /** Refuses a DIR that is a file, or cases whose folders share a name (their records would collide). */
    static void check(Path dir, List<Path> cases) throws UsageException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--audit " + dir + ": with several cases --audit names a folder (one record per case is"
                    + " written into it), and this is a file");
        }
        Map<String, Path> seen = new HashMap<>();
        for (Path c : cases) {
            Path other = seen.put(name(c), c);
            if (other != null) {
                throw new UsageException("--audit " + dir + ": cases " + other + " and " + c + " would both be recorded as "
                        + name(c) + SUFFIX + "; audit them in two runs");
            }
        }
    }

    static int write(Path dir, List<Path> cases, Evaluator evaluator, CaseLoader loader) throws Exception {
        Files.createDirectories(dir);
        for (Path c : cases) {
            Evaluation e = evaluator.evaluate(loader.load(c), Trace.FULL);
            try {
                AtomicFiles.write(dir.resolve(name(c) + SUFFIX),
                        ResultJson.WRITER.writeValueAsBytes(AuditRecord.of(evaluator.rules(), c, e)));
            } catch (IOException ex) {
                throw new UsageException("--audit " + dir + ": cannot write the record of " + c + " (" + ex.getMessage() + ")");
            }
        }
        return cases.size();
    }

    private static String name(Path caseFolder) {
        Path n = caseFolder.toAbsolutePath().normalize().getFileName();
        return n == null ? "case" : n.toString();
    }
}
