package kb.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.PrintStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * What the {@code kb} launcher runs for a short command: hands the command line to the warm
 * {@link Server} of this user, jar, JDK and flags (starting one, detached, when there is none)
 * and prints its answer; the exit code is the command's. It loads as little as it can (no
 * picocli, no Drools, no Jackson): its start is most of what a warm answer costs.
 *
 * <p>Whenever the daemon cannot answer — none can be started, it is busy with another command,
 * it is another version, it ended before printing anything — the command runs right here, in
 * this process, exactly as {@code java -jar kb.jar} runs it ({@code KB_DAEMON_DEBUG=1} says why on
 * standard error). If the daemon ends after part of the answer was printed, that part cannot be
 * taken back: one line says so and the exit code is 3, never 0.
 */
public final class Client {
    /** Arguments that print help or the version: picocli colours them for a terminal, which only this process knows. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version", "help");

    private final String[] args;

    private Client(String[] args) {
        this.args = args;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("daemon")) {
            System.exit(Control.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (!eligible(args)) {
            kb.cli.Main.main(args);
            return;
        }
        int code;
        try {
            code = new Client(args).viaDaemon();
        } catch (Fallback f) {
            debug(f.getMessage() + "; running the command in this process");
            kb.cli.Main.main(args);
            return;
        }
        System.exit(code);
    }

    /**
     * For the launcher's class-data archive (kb.launch.ArchiveTraining): loads what a client
     * loads to reach a daemon — identity, request, socket and peer-credential classes — without
     * starting one.
     */
    public static void train() {
        try {
            Identity identity = Identity.ofThisJvm();
            Path socket = Path.of(System.getProperty("java.io.tmpdir"), "kb-training-" + identity.name() + ".sock");
            new Request(identity.text(), "run", Path.of("").toAbsolutePath().toString(), List.of("validate"), properties(), environment())
                    .write(new DataOutputStream(new BufferedOutputStream(OutputStream.nullOutputStream())));
            DaemonDir.location();
            Object option = ExtendedSocketOptions.SO_PEERCRED;
            try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                c.getOption(ExtendedSocketOptions.SO_PEERCRED);
            } catch (IOException expected) {
                // nobody listens there: only the classes were wanted
            }
            new DataInputStream(new BufferedInputStream(java.io.InputStream.nullInputStream())).read();
            System.err.flush();
            if (option == null) {
                throw new IllegalStateException();
            }
        } catch (IOException e) {
            // training only
        }
    }

    /** The daemon is for a command's work only; help and the version, @file arguments, KB_PROFILE and KB_DAEMON=off run here. */
    static boolean eligible(String[] args) {
        if ("off".equals(System.getenv("KB_DAEMON")) || "1".equals(System.getenv("KB_PROFILE")) || args.length == 0) {
            return false;
        }
        // @file arguments: picocli reads them through java.io, relative to the process's own folder.
        return Arrays.stream(args).noneMatch(a -> HELP.contains(a) || a.startsWith("@"));
    }

    private int viaDaemon() throws Fallback {
        try {
            Path dir = DaemonDir.ensure();
            Identity identity = Identity.ofThisJvm();
            String name = identity.name();
            Path socket = identity.socketIn(dir);
            if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > DaemonStarter.MAX_SOCKET_PATH) {
                throw new Fallback("the socket path " + socket + " is too long for a Unix socket; set KB_DAEMON_DIR to a shorter folder");
            }
            SocketChannel existing = connect(socket);
            if (existing == null && DaemonStarter.failedBefore(dir, name)) {
                throw new Fallback("a kb daemon for this jar could not start before (see " + dir.resolve(name + ".log") + ")");
            }
            if (existing == null && !DaemonStarter.startingOrRunning(dir, name)) {
                // The first command does not wait for a JVM to start and warm up: it runs here,
                // and the daemon is started for the commands that follow as this process ends,
                // so that its start does not take the CPU from this command.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        DaemonStarter.spawn(dir, name, socket, true).waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (IOException | InterruptedException e) {
                        // the next command tries again
                    }
                }, "kb-daemon-start"));
                throw new Fallback("no kb daemon was running; starting one for the next commands");
            }
            try (SocketChannel channel = existing != null ? existing : DaemonStarter.await(socket, null, dir.resolve(name + ".log"))) {
                UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
                if (peer == null || !peer.user().getName().equals(System.getProperty("user.name"))) {
                    throw new Fallback("the socket " + socket + " is not served by this user");
                }
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
                new Request(identity.text(), "run", Path.of("").toAbsolutePath().toString(), List.of(args), properties(),
                        environment()).write(out);
                return answer(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), dir.resolve(name + ".log"));
            }
        } catch (IOException e) {
            throw new Fallback("the kb daemon is not available (" + e.getMessage() + ")");
        }
    }

    /** Copies the daemon's frames to this process's standard output and error; returns the exit code. */
    private static int answer(DataInputStream in, Path log) throws Fallback {
        // Bytes as the daemon wrote them (PrintStream.write does not re-encode); a failed write shows in checkError.
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        boolean printed = false;
        boolean stdoutFailed = false;
        while (true) {
            byte[] chunk;
            int kind;
            try {
                kind = in.readByte();
                if (kind == Frames.EXIT) {
                    int code = in.readInt();
                    if (stdoutFailed) {
                        // as kb.cli.Main says it in a process of its own
                        writeQuietly(stderr, "kb: cannot write to standard output (closed, or no space left on the device); the output is incomplete\n");
                        return code == 0 ? 2 : code;
                    }
                    return code;
                }
                if (kind == Frames.BUSY) {
                    throw new Fallback("the kb daemon is busy with another command");
                }
                if (kind == Frames.REFUSED) {
                    throw new Fallback("the kb daemon refused the command (another version, or a bad request)");
                }
                if (kind != Frames.STDOUT && kind != Frames.STDERR) {
                    throw new IOException("unknown frame " + kind);
                }
                int n = in.readInt();
                if (n < 0 || n > Frames.MAX_STRING) {
                    throw new IOException("bad frame length " + n);
                }
                chunk = in.readNBytes(n);
                if (chunk.length != n) {
                    throw new EOFException();
                }
            } catch (IOException e) {
                if (!printed) {
                    throw new Fallback("the kb daemon ended before answering");
                }
                writeQuietly(stderr, "kb: the kb daemon ended in the middle of this command (see " + log
                        + "); the output above is incomplete: run it again, or with KB_DAEMON=off\n");
                return 3;
            }
            printed = true;
            if (kind == Frames.STDOUT) {
                if (!stdoutFailed) {
                    stdout.write(chunk, 0, chunk.length);
                    stdout.flush();
                    stdoutFailed = stdout.checkError();
                }
            } else {
                writeQuietly(stderr, chunk);
            }
        }
    }

    static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return null;
        }
    }

    /** The JVM flags the launcher chose for the daemon (KB_DAEMON_JVM, one a line). */
    static List<String> jvmFlags() {
        String lines = System.getenv("KB_DAEMON_JVM");
        List<String> flags = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                if (!line.isBlank()) {
                    flags.add(line);
                }
            }
        }
        return flags;
    }

    private static Map<String, String> properties() {
        Map<String, String> kb = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("kb.")).sorted()
                .forEach(k -> kb.put(k, System.getProperty(k)));
        return kb;
    }

    private static Map<String, String> environment() {
        Map<String, String> kb = new LinkedHashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("KB_")) {
                kb.put(k, v);
            }
        });
        return kb;
    }

    private static void writeQuietly(PrintStream s, String text) {
        writeQuietly(s, text.getBytes(java.nio.charset.Charset.defaultCharset()));
    }

    /** Standard error that is gone leaves nothing to tell (PrintStream does not throw). */
    private static void writeQuietly(PrintStream s, byte[] bytes) {
        s.write(bytes, 0, bytes.length);
        s.flush();
    }

    static void debug(String message) {
        if ("1".equals(System.getenv("KB_DAEMON_DEBUG"))) {
            System.err.println("kb daemon: " + message);
        }
    }

    /** The daemon cannot answer this command: it runs in this process instead. */
    static final class Fallback extends Exception {
        Fallback(String message) {
            super(message, null, false, false);
        }
    }
}
