package kb.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Properties;
import kb.ExitCode;
import kb.cli.Main;

/**
 * Runs one client's command line in the daemon as {@code kb.cli.Main} runs it in a process of its
 * own: in the client's working folder, with the client's {@code kb.*} properties and KB_CACHE,
 * the command's standard output and error (and anything else that prints to System.out/err, which
 * the command line sends to standard error) streamed back as frames, then the exit code.
 *
 * <p>One command at a time: the working folder and System.out/err are the process's, not the
 * thread's. A second client does not queue behind a long command: the daemon tells it it is busy
 * and it runs the command itself (see {@link Server}).
 *
 * <p>A client that goes away (a Ctrl-C, a kill) takes its command with it, as it would in a
 * process of its own: the connection's end interrupts the command, so a batch stops and writes
 * no output file, instead of writing it later, when nobody is waiting for it any more.
 */
final class ServedRun {
    private final Path home;
    private final Properties baseline;
    private final java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();

    /** @param home the daemon's own folder, where relative paths point between requests */
    ServedRun(Path home) {
        this.home = home;
        this.baseline = (Properties) System.getProperties().clone();
    }

    /**
     * @param client the connection, watched for its end while the command runs (the client sends
     *     nothing after its request)
     */
    synchronized int run(Request request, SocketChannel client, DataOutputStream out) throws IOException {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        PrintStream err = new PrintStream(new FrameOutputStream(out, Frames.STDERR), true);
        PrintWriter stdout = new PrintWriter(new FrameOutputStream(out, Frames.STDOUT), true);
        int code;
        try {
            properties(request);
            WorkingDirectory.set(Path.of(request.cwd()));
            System.setOut(err);
            System.setErr(err);
            try (ClientWatch watch = new ClientWatch(client)) {
                code = Main.run(request.args().toArray(String[]::new), stdout, new PrintWriter(err, true));
            }
        } catch (OutOfMemoryError e) {
            // Main.run words running out of memory itself; this is running out of it anywhere else.
            err.println(Main.outOfMemoryMessage(request.args()));
            code = ExitCode.OUT_OF_MEMORY;
        } catch (IllegalAccessException | RuntimeException e) {
            err.println("kb: internal error in the kb daemon: " + e + " (KB_DAEMON=off runs without it)");
            code = ExitCode.RULE_FAILURE;
        } finally {
            err.flush();
            System.setOut(savedOut);
            System.setErr(savedErr);
            restore();
        }
        served.incrementAndGet(); // before the answer ends: a status asked right after counts this command
        synchronized (out) {
            out.writeByte(Frames.EXIT);
            out.writeInt(code);
            out.flush();
        }
        kb.engine.RuleBase.compileAhead(); // after the answer: the next rule edit compiles file by file
        return code;
    }

    /**
     * Interrupts the thread running a command when its client's connection ends before the
     * command does. It reads the channel itself, not a stream over it: a stream's read would hold
     * the channel's blocking lock and stall every frame the command writes meanwhile.
     */
    private static final class ClientWatch implements AutoCloseable {
        private final Thread command = Thread.currentThread();
        private final Thread watcher;
        private boolean running = true;

        ClientWatch(SocketChannel client) {
            watcher = new Thread(() -> {
                try {
                    client.read(ByteBuffer.allocate(1)); // -1 at the end; nothing else ever comes
                } catch (IOException e) {
                    // closed either way
                }
                stop();
            }, "kb-daemon-client-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        private synchronized void stop() {
            if (running) {
                command.interrupt();
            }
        }

        /** The command is over: an interrupt that comes later, or came just now, is not for what runs next. */
        @Override
        public synchronized void close() {
            running = false;
            Thread.interrupted();
        }
    }

    long served() {
        return served.get();
    }

    /** The client's kb.* properties, and KB_CACHE as the cache reads it (the property wins over the variable). */
    private void properties(Request request) {
        Properties now = new Properties();
        now.putAll(baseline);
        now.stringPropertyNames().stream().filter(k -> k.startsWith("kb.")).toList().forEach(now::remove);
        request.properties().forEach((k, v) -> {
            if (k.startsWith("kb.")) {
                now.setProperty(k, v);
            }
        });
        String cache = request.environment().get("KB_CACHE");
        if (!now.containsKey("kb.cache")) {
            now.setProperty("kb.cache", cache != null ? cache : "on");
        }
        System.setProperties(now);
    }

    private void restore() {
        System.setProperties((Properties) baseline.clone());
        try {
            WorkingDirectory.set(home);
        } catch (IllegalAccessException | RuntimeException e) {
            // the next request sets its own folder first
        }
    }

}
