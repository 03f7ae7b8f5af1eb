package kb.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kb.cli.Main;

/**
 * The run the {@code kb} launcher records its class-data sharing archive from
 * ({@code -XX:ArchiveClassesAtExit}): one JVM that goes through every short command on the
 * shipped case, so the archive holds the classes each of them loads — compiling the rules and
 * reading them back from the compiled-rules cache, evaluating one case and a few, explaining,
 * writing and verifying an audit record, validating, running the scenarios. Output is thrown
 * away and exit codes do not matter: only which classes were loaded does. Works in a temp
 * folder (its own rules cache and audit file), removed at the end.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("kb.home", "."));
        Path work = Files.createTempDirectory("kb-archive-training-");
        // Its own cache: the first load compiles and stores, the second reads back, as users' runs do.
        System.setProperty("kb.cache", "on");
        System.setProperty("kb.cache.dir", work.resolve("rules-cache").toString());
        String rules = home.resolve("rules").toString();
        String oneCase = home.resolve("facts/batam-gimje").toString();
        String audit = work.resolve("audit.json").toString();
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"evaluate", oneCase, "--rules", rules});
        commands.add(new String[] {"evaluate", oneCase, "--rules", rules, "--format", "json", "--audit", audit});
        commands.add(new String[] {"verify", audit, "--rules", rules});
        commands.add(new String[] {"explain", oneCase, "--rules", rules});
        commands.add(new String[] {"explain", oneCase, "--rules", rules, "--factor", "F4", "--format", "json"});
        commands.add(new String[] {"validate", "--rules", rules});
        commands.add(new String[] {"test", "--rules", rules});
        commands.add(new String[] {"evaluate", home.resolve("facts").toString(), "--rules", rules, "--format", "csv"});
        // The client the launcher runs for a short command when the daemon answers (kb.daemon).
        kb.daemon.Client.train();
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true);
        try {
            for (String[] command : commands) {
                Main.run(command, nowhere, nowhere);
            }
        } finally {
            delete(work);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
