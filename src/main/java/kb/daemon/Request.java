package kb.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sends: which daemon it expects (identity), what to do ({@code run}, {@code status},
 * {@code stop}), its working folder, the command line, and what the commands read from the
 * process: the {@code kb.*} system properties the launcher set (kb.home, kb.cache.dir,
 * kb.stderr.tty — whether standard error is a terminal) and the {@code KB_*} environment.
 */
record Request(String identity, String kind, String cwd, List<String> args, Map<String, String> properties,
               Map<String, String> environment) {

    void write(DataOutputStream out) throws IOException {
        out.writeInt(Frames.VERSION);
        Frames.writeString(out, identity);
        Frames.writeString(out, kind);
        Frames.writeString(out, cwd);
        out.writeInt(args.size());
        for (String a : args) {
            Frames.writeString(out, a);
        }
        writeMap(out, properties);
        writeMap(out, environment);
        out.flush();
    }

    /** Reads a request; throws if the client speaks another version of the wire format. */
    static Request read(DataInputStream in) throws IOException {
        int version = in.readInt();
        if (version != Frames.VERSION) {
            throw new IOException("client speaks wire version " + version + ", this daemon " + Frames.VERSION);
        }
        String identity = Frames.readString(in);
        String kind = Frames.readString(in);
        String cwd = Frames.readString(in);
        int n = count(in);
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(Frames.readString(in));
        }
        return new Request(identity, kind, cwd, args, readMap(in), readMap(in));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            Frames.writeString(out, e.getKey());
            Frames.writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = count(in);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(Frames.readString(in), Frames.readString(in));
        }
        return map;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("bad count " + n);
        }
        return n;
    }
}
