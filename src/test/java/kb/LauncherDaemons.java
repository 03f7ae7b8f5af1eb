package kb;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For tests that run the kb launcher: it may leave a warm background process (kb.daemon)
 * behind, which stops by itself when idle; {@code mvn verify} stops it at once instead
 * (failsafe gives every such test the daemon folder target/kb-daemon-it, see the pom).
 */
public final class LauncherDaemons {
    private LauncherDaemons() {
    }

    /** {@code ./kb daemon stop}: stops every daemon of the test run's daemon folder. */
    public static void stop() throws Exception {
        Process p = new ProcessBuilder(Path.of("kb").toAbsolutePath().toString(), "daemon", "stop")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
    }
}
