package kb.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code kb daemon start}: starts the daemon this launcher would use and waits for it.
 * {@code kb daemon status}: whether the daemon this launcher would use runs, and how it is
 * (exit 0), or that none does (exit 1). {@code kb daemon stop}: stops every daemon of this user
 * (CI and tests call it at the end so nothing lingers); exit 0.
 */
final class Control {
    private Control() {
    }

    static int run(String[] args) {
        String action = args.length == 1 ? args[0] : "";
        try {
            return switch (action) {
                case "status" -> status();
                case "stop" -> stop();
                case "start" -> start();
                default -> {
                    System.err.println("kb daemon: " + (args.length == 0 ? "no action given" : "unknown action '" + String.join(" ", args) + "'")
                            + "; one of: start, status, stop");
                    yield 2;
                }
            };
        } catch (IOException e) {
            System.err.println("kb daemon: " + e.getMessage());
            return 2;
        }
    }

    private static int status() throws IOException {
        Path dir = DaemonDir.location();
        Identity identity = Identity.ofThisJvm();
        Path socket = identity.socketIn(dir);
        if (Files.isDirectory(dir)) {
            DaemonDir.check(dir);
            String answer = ask(socket, "status", identity.text());
            if (answer != null) {
                System.out.print(answer);
                return 0;
            }
        }
        System.out.println("kb daemon: not running (it would listen on " + socket + ")");
        return 1;
    }

    /** Starts the daemon this launcher would use, unless it runs, and waits until it answers (scripts, tests, CI). */
    private static int start() throws IOException {
        Path dir = DaemonDir.ensure();
        Identity identity = Identity.ofThisJvm();
        String name = identity.name();
        Path socket = identity.socketIn(dir);
        SocketChannel running = Client.connect(socket);
        if (running != null) {
            running.close();
        } else {
            Process p = DaemonStarter.startingOrRunning(dir, name) ? null : DaemonStarter.spawn(dir, name, socket);
            DaemonStarter.await(socket, p, dir.resolve(name + ".log")).close();
        }
        return status();
    }

    private static int stop() throws IOException {
        Path dir = DaemonDir.location();
        if (!Files.isDirectory(dir)) {
            System.out.println("kb daemon: none running");
            return 0;
        }
        DaemonDir.check(dir);
        List<Path> sockets;
        try (Stream<Path> list = Files.list(dir)) {
            sockets = list.filter(p -> p.getFileName().toString().endsWith(".sock")).sorted().toList();
        }
        int stopped = 0;
        for (Path socket : sockets) {
            String answer = ask(socket, "stop", "");
            if (answer != null) {
                System.out.print(answer);
                stopped++;
            }
        }
        if (stopped == 0) {
            System.out.println("kb daemon: none running");
        }
        return 0;
    }

    /** The text a daemon answers to a control request, or null when none answers on that socket. */
    private static String ask(Path socket, String kind, String identity) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            new Request(identity, kind, "/", List.of(), Map.of(), Map.of()).write(out);
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            StringBuilder text = new StringBuilder();
            while (true) {
                int frame = in.readByte();
                if (frame == Frames.EXIT) {
                    in.readInt();
                    return text.toString();
                }
                if (frame != Frames.STDOUT && frame != Frames.STDERR) {
                    return null;
                }
                text.append(new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return null;
        }
    }
}
