package kb.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a daemon, detached from the client: its own session ({@code setsid}, so a Ctrl-C in the
 * terminal or a CI job's process group does not reach it), standard input from /dev/null and
 * its output appended to its log beside the socket, so no pipe of a script or CI waits on it.
 */
final class DaemonStarter {
    /** Flags the daemon's JVM always gets (see WorkingDirectory and ExitGuard). */
    private static final List<String> DAEMON_FLAGS = List.of("-Dsun.nio.fs.chdirAllowed=true",
            "--add-opens=java.base/sun.nio.fs=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "-Djava.security.manager=allow",
            // after a rule edit, compile only the edited file, as kb watch does (RuleBase)
            "-Dkb.rules.fileByFile=true");

    /** sockaddr_un holds 108 bytes on Linux, the terminating zero included. */
    static final int MAX_SOCKET_PATH = 107;

    private DaemonStarter() {
    }

    /** A daemon of this name failed to start (its reason is in the .failed file and the log): do not try at every command. */
    static boolean failedBefore(Path dir, String name) {
        return Files.exists(dir.resolve(name + ".failed"));
    }

    /** True when a daemon holds the lock of this name: it is starting, or serving with its socket not yet bound. */
    static boolean startingOrRunning(Path dir, String name) {
        try (FileChannel lockFile = FileChannel.open(dir.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /** Starts the daemon process; does not wait for it. */
    static Process spawn(Path dir, String name, Path socket) throws IOException {
        return spawn(dir, name, socket, false);
    }

    /**
     * Starts the daemon process. {@code forked}: setsid forks it and exits at once, so the process
     * returned ends in milliseconds. A JVM about to exit needs that: at exit HotSpot waits up to
     * 300 ms for threads in native code, and the thread that waits for a child still running is one
     * (measured: a first command took 0.87 s against 0.55 s without the spawn; with the fork, +0.02 s).
     */
    static Process spawn(Path dir, String name, Path socket, boolean forked) throws IOException {
        List<String> command = new ArrayList<>();
        for (String setsid : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                if (forked) {
                    command.add("--fork");
                }
                break;
            }
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> flags = Client.jvmFlags();
        if (flags.stream().noneMatch(f -> f.startsWith("-XX:+Use") && f.endsWith("GC"))) {
            command.add("-XX:+UseSerialGC"); // small and quick to start; the user's KB_JAVA_OPTS may choose another
        }
        command.addAll(flags);
        command.addAll(DAEMON_FLAGS);
        command.addAll(List.of("-cp", Identity.jar().toString(), Server.class.getName(), socket.toString()));
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()))
                .redirectErrorStream(true);
        b.environment().keySet().removeIf(k -> k.startsWith("KB_PROFILE"));
        return b.start();
    }

    /** Waits for the socket to answer (KB_DAEMON_START_WAIT seconds, 30); {@code process}, when known, failing ends the wait. */
    static SocketChannel await(Path socket, Process process, Path log) throws IOException {
        long wait = waitSeconds();
        long deadline = System.nanoTime() + wait * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            SocketChannel c = Client.connect(socket);
            if (c != null) {
                return c;
            }
            if (process != null && !process.isAlive() && process.exitValue() != 0) {
                throw new IOException("the kb daemon did not start (see " + log + ")");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        throw new IOException("the kb daemon did not open its socket in " + wait + " s");
    }

    private static long waitSeconds() {
        try {
            return Long.parseLong(System.getenv().getOrDefault("KB_DAEMON_START_WAIT", "30"));
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
