package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kb launcher as users run it, after {@code mvn package} (failsafe, {@code mvn verify}):
 * its start-up tricks (a class-data sharing archive) must never make it run stale rules.
 */
class LauncherIT {
    private static final String F4_NOT_MET = "Implementation is ruled out: the sources for the whole period were searched and no joint activity was found";

    @Test
    void aChangedRuleFileTakesEffectOnTheNextRunWithTheClassDataArchiveInUse(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        copy(Path.of("rules"), rules);

        Run first = kb("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains(F4_NOT_MET);
        try (Stream<Path> archives = Files.list(Path.of("target/cds"))) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa"))).as("the launcher keeps a class-data archive").isNotEmpty();
        }
        Run again = kb("evaluate", "facts/batam-gimje", "--rules", rules.toString(), "--format", "json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("{").contains(F4_NOT_MET);

        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4).replace(F4_NOT_MET, "F4 changed by LauncherIT"));
        Run changed = kb("evaluate", "facts/batam-gimje", "--rules", rules.toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("F4 changed by LauncherIT").doesNotContain(F4_NOT_MET);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run kb(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("./kb"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("kb-out", ".txt");
        Path err = Files.createTempFile("kb-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("kb finished").isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
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
