package kb.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import kb.ExitCode;
import kb.engine.RuleContainment;

/**
 * The warm process: listens on a Unix socket in the user's private folder ({@link DaemonDir})
 * and runs {@code kb} command lines for {@link Client}s of the same user and the same
 * {@link Identity}. Started by a client, detached, with its output in a log beside the socket;
 * stops after {@code KB_DAEMON_IDLE} seconds without a request (default 180), on
 * {@code kb daemon stop}, and after a request ran out of memory (the heap may be damaged).
 */
public final class Server {
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(3);
    /** How long a second client waits for the one being served before it runs the command itself. */
    private static final long BUSY_WAIT_MS = 300;

    private final Path socket;
    private final String identity;
    private final Duration idle;
    private final ServedRun runner;
    private final Semaphore permit = new Semaphore(1);
    private final AtomicLong lastUse = new AtomicLong(System.nanoTime());
    private final long started = System.currentTimeMillis();
    private final String user = System.getProperty("user.name");
    private ServerSocketChannel server;

    private Server(Path socket, String identity, Duration idle, Path home) {
        this.socket = socket;
        this.identity = identity;
        this.idle = idle;
        this.runner = new ServedRun(home);
    }

    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]).toAbsolutePath();
        try {
            start(socket);
        } catch (Exception | LinkageError e) {
            // Clients of this jar stop starting daemons that cannot start (DaemonStarter.failedBefore).
            log("could not start: " + e);
            kb.report.AtomicFiles.write(socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".failed")),
                    (e + "\n").getBytes(StandardCharsets.UTF_8));
            System.exit(ExitCode.RULE_FAILURE);
        }
    }

    private static void start(Path socket) throws Exception {
        Path dir = socket.getParent();
        DaemonDir.check(dir);
        Identity identity = Identity.ofThisJvm();
        String name = identity.name();
        if (!identity.socketIn(dir).equals(socket)) {
            throw new IllegalStateException("this JVM's identity is " + name + ", not that of " + socket.getFileName() + "\n" + identity.text());
        }
        // One daemon per socket: a second one started at the same moment leaves quietly.
        FileChannel lockFile = FileChannel.open(dir.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        for (int attempt = 0; attempt < 5 && lock == null; attempt++) {
            // a client may hold it for a moment to see whether a daemon is starting (DaemonStarter)
            lock = lockFile.tryLock();
            if (lock == null) {
                Thread.sleep(50);
            }
        }
        if (lock == null) {
            log("not started: another daemon holds " + name + ".lock");
            System.exit(ExitCode.OK);
        }
        WorkingDirectory.check();
        WorkingDirectory.set(dir);
        boolean guarded = ExitGuard.install();
        RuleContainment.install();
        Server s = new Server(socket, identity.text(), idle(), dir);
        log("started, pid " + ProcessHandle.current().pid() + ", stops after " + s.idle.toSeconds() + " s idle"
                + (guarded ? "" : "; System.exit is not guarded on this JDK") + "\n" + identity.text());
        s.serve();
    }

    private static Duration idle() {
        String v = System.getenv("KB_DAEMON_IDLE");
        try {
            return v == null || v.isBlank() ? DEFAULT_IDLE : Duration.ofSeconds(Math.max(1, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    private void serve() throws IOException {
        Files.deleteIfExists(socket); // left by a daemon that was killed; we hold the lock
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        Thread watch = new Thread(this::stopWhenIdle, "kb-daemon-idle");
        watch.setDaemon(true);
        watch.start();
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                stop("the socket was closed");
                return;
            }
            Thread t = new Thread(() -> handle(client), "kb-daemon-request");
            t.start();
        }
    }

    private void stopWhenIdle() {
        long pollMs = Math.max(100, Math.min(1000, idle.toMillis() / 4));
        while (true) {
            try {
                Thread.sleep(pollMs);
            } catch (InterruptedException e) {
                return;
            }
            if (permit.availablePermits() == 1 && System.nanoTime() - lastUse.get() > idle.toNanos()
                    && permit.tryAcquire()) {
                stop("idle for " + idle.toSeconds() + " s");
            }
            if (!Files.exists(socket)) {
                // removed by hand or by a newer daemon's clean-up: nobody can reach us any more
                stop("the socket file is gone");
            }
        }
    }

    private void handle(SocketChannel channel) {
        try (channel) {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            if (peer == null || !peer.user().getName().equals(user)) {
                log("refused a connection from " + (peer == null ? "an unknown user" : peer.user().getName()));
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            Request request;
            try {
                request = Request.read(in);
            } catch (IOException e) {
                out.writeByte(Frames.REFUSED);
                out.flush();
                return;
            }
            switch (request.kind()) {
                case "status" -> reply(out, status());
                case "stop" -> {
                    // A command being served is let finish (up to a minute): its client gets its whole answer.
                    try {
                        permit.tryAcquire(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    reply(out, "kb daemon: stopped, pid " + ProcessHandle.current().pid() + " (" + socket + ")\n");
                    stop("kb daemon stop");
                }
                case "run" -> run(request, channel, out);
                default -> {
                    out.writeByte(Frames.REFUSED);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (OutOfMemoryError e) {
            stop("out of memory outside a command");
        }
    }

    private void run(Request request, SocketChannel channel, DataOutputStream out) throws IOException {
        if (!identity.equals(request.identity())) {
            out.writeByte(Frames.REFUSED);
            out.flush();
            return;
        }
        boolean got;
        try {
            got = permit.tryAcquire(BUSY_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            got = false;
        }
        if (!got) {
            out.writeByte(Frames.BUSY);
            out.flush();
            return;
        }
        int code;
        try {
            code = runner.run(request, channel, out);
        } finally {
            lastUse.set(System.nanoTime());
            permit.release();
        }
        if (code == ExitCode.OUT_OF_MEMORY) {
            stop("a command ran out of memory; the heap may be damaged");
        }
    }

    private String status() {
        Runtime rt = Runtime.getRuntime();
        long idleFor = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lastUse.get());
        return "kb daemon: running, pid " + ProcessHandle.current().pid() + ", socket " + socket + "\n"
                + "  up " + (System.currentTimeMillis() - started) / 1000 + " s, " + runner.served() + " commands served, idle "
                + idleFor + " s (stops after " + idle.toSeconds() + " s idle), heap " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)
                + " MiB used of " + rt.maxMemory() / (1024 * 1024) + " MiB\n";
    }

    private static void reply(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte(Frames.STDOUT);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.writeByte(Frames.EXIT);
        out.writeInt(ExitCode.OK);
        out.flush();
    }

    private synchronized void stop(String why) {
        try {
            // Only our own socket: a newer daemon may already have bound the same name.
            if (server != null && server.isOpen()) {
                server.close();
                Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            // leaving anyway
        }
        log("stopped: " + why);
        ExitGuard.allowExit();
        RuleContainment.toolExits();
        System.exit(ExitCode.OK);
    }

    private static void log(String line) {
        System.err.println(java.time.Instant.now() + " kb daemon: " + line);
        System.err.flush();
    }
}
