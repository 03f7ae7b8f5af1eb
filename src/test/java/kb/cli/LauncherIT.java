package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kb.ProcessRun;

/**
 * The kb launcher as users run it, after {@code mvn package} (failsafe, {@code mvn verify}):
 * its start-up tricks (a class-data sharing archive, the compiled-rules cache) must never make
 * it run stale rules or hide a broken one.
 */
class LauncherIT {
    @org.junit.jupiter.api.AfterAll
    static void stopTheDaemon() throws Exception {
        kb.LauncherDaemons.stop();
    }

    private static final String F4_NOT_MET = "Implementation is ruled out: the sources for the whole period were searched and no joint activity was found";

    @Test
    void aChangedRuleFileTakesEffectOnTheNextRunWithTheClassDataArchiveAndTheRulesCacheInUse(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);
        Path cache = tmp.resolve("rules-cache");

        ProcessRun first = kb(cache, "evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains(F4_NOT_MET);
        try (Stream<Path> archives = Files.list(Path.of("target/cds"))) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa"))).as("the launcher keeps a class-data archive").isNotEmpty();
        }
        assertThat(entries(cache)).as("the compiled rules were kept").hasSize(1);
        ProcessRun again = kb(cache, "evaluate", "facts/batam-gimje", "--rules", rules.toString(), "--format", "json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("{").contains(F4_NOT_MET);

        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4).replace(F4_NOT_MET, "F4 changed by LauncherIT"));
        ProcessRun changed = kb(cache, "evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("F4 changed by LauncherIT").doesNotContain(F4_NOT_MET);

        // A broken edit after cached runs: the same message as without the cache, exit 1, nothing kept.
        Files.writeString(f4, Files.readString(f4) + "\nrule \"Broken by LauncherIT\"\nwhen\n  NoSuchFact()\nthen\nend\n");
        ProcessRun broken = kb(cache, "evaluate", "facts/batam-gimje", "--rules", rules.toString());
        ProcessRun brokenWithoutCache = kb(null, "evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).isEmpty();
        assertThat(broken.err()).contains("f4-implementation.drl:").isEqualTo(brokenWithoutCache.err());
        assertThat(entries(cache)).as("a broken build is never cached").hasSize(2);
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    /** Runs the launcher with its compiled-rules cache in {@code cache} ({@code KB_CACHE_DIR}), or none (null). */
    private static ProcessRun kb(Path cache, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("./kb"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        if (cache == null) {
            b.environment().put("KB_CACHE", "off");
        } else {
            b.environment().put("KB_CACHE_DIR", cache.toString());
        }
        return ProcessRun.of(b);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
