package kb.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a daemon must share with a client to answer for it: the wire version, the kb jar (path,
 * size, time: a rebuilt jar is another daemon), the Java runtime, the JVM flags the launcher gives
 * (KB_DAEMON_JVM: the class-data archive, KB_JAVA_OPTS such as -Xmx), and what the JVM fixes at
 * start from the environment (encodings, locale, time zone). Client and daemon compute it alike;
 * the daemon refuses a client whose identity differs, and the socket is named by its hash, so a
 * rebuilt jar starts another daemon and the old one idles out.
 */
record Identity(String text, String name) {
    /** This JVM's identity, and its short name: the daemon's socket, lock and log are {@code NAME.sock}, {@code NAME.lock}, {@code NAME.log}. */
    static Identity ofThisJvm() throws IOException {
        String text = compute();
        return new Identity(text, hash(text));
    }

    /** The socket a daemon of this identity listens on, in {@code dir}. */
    Path socketIn(Path dir) {
        return dir.resolve(name + ".sock");
    }

    private static String compute() throws IOException {
        Path jar = jar();
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        StringBuilder s = new StringBuilder("kb-daemon wire ").append(Frames.VERSION).append('\n');
        s.append("jar ").append(jar).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
        s.append("java ").append(System.getProperty("java.home")).append(' ').append(System.getProperty("java.vm.version")).append('\n');
        s.append("flags ").append(env("KB_DAEMON_JVM").replace('\n', ' ')).append('\n');
        for (String p : new String[] {"file.encoding", "sun.jnu.encoding",
                "user.language", "user.country", "user.variant", "user.name"}) {
            s.append(p).append('=').append(System.getProperty(p, "")).append('\n');
        }
        s.append("TZ=").append(env("TZ")).append('\n');
        return s.toString();
    }

    /** A short name for the socket: 64-bit FNV-1a of the identity (a collision is caught by the full comparison). */
    private static String hash(String identity) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            h ^= identity.charAt(i);
            h *= 0x100000001b3L;
        }
        return String.format("%016x", h);
    }

    /** The jar (or classes folder) this class was loaded from. */
    static Path jar() throws IOException {
        try {
            return Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
