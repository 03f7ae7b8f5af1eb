package kb.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How kb watch hears of changes: events where the platform has them, a file in a new sub-folder too. */
class ChangesTest {
    @TempDir
    Path temp;

    private static void writeSoon(Path file, String text) {
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(200);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long millisToHear(Changes changes) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> heard = CompletableFuture.runAsync(() -> {
            try {
                changes.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        heard.get(10, TimeUnit.SECONDS);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void onLinuxAnEditIsHeardFromTheFileSystemWithoutPolling() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Path facts = Files.createDirectories(temp.resolve("case"));
        try (Changes changes = Changes.of(List.of(rules, facts), Duration.ofMillis(50), false)) {
            if (System.getProperty("os.name").toLowerCase().contains("linux")) {
                assertThat(changes.describe()).isEqualTo("file-system events");
            }
            writeSoon(facts.resolve("outcomes.json"), "{}");
            assertThat(millisToHear(changes)).isLessThan(10_000);
            changes.settle(Duration.ofMillis(20));

            // A folder made after the watch started is watched as well.
            Path sub = rules.resolve("extra");
            Files.createDirectories(sub);
            millisToHear(changes);
            changes.settle(Duration.ofMillis(50));
            writeSoon(sub.resolve("f7.drl"), "rule");
            assertThat(millisToHear(changes)).isLessThan(10_000);
        }
    }

    @Test
    void pollingIsUsedWhenAskedFor() throws Exception {
        try (Changes changes = Changes.of(List.of(temp), Duration.ofMillis(50), true)) {
            assertThat(changes.describe()).startsWith("polling every 50 ms");
            assertThat(millisToHear(changes)).isBetween(40L, 5_000L);
        }
    }
}
