package kb.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format between {@link Client} and {@link Server}: length-prefixed UTF-8 strings for the
 * request, then typed frames for the answer (a chunk of standard output or error, then one exit
 * code). A connection that ends before the exit frame is a daemon that died mid-request.
 */
final class Frames {
    /** Bumped whenever the format changes; a client and a daemon of different versions never talk. */
    static final int VERSION = 1;
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;
    /** The daemon is serving another request: the client runs the command itself. */
    static final byte BUSY = 4;
    /** The daemon is not the one asked for (another jar, JDK or flags): the client runs the command itself. */
    static final byte REFUSED = 5;
    /** The longest string or chunk either side accepts (16 MiB): a corrupt length is an error, not an allocation. */
    static final int MAX_STRING = 16 << 20;

    private Frames() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad frame length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
