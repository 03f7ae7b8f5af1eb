package kb.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Standard output or error of a served command, sent to the client as frames of its kind. */
final class FrameOutputStream extends OutputStream {
    private final DataOutputStream out;
    private final byte kind;

    FrameOutputStream(DataOutputStream out, byte kind) {
        this.out = out;
        this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        synchronized (out) {
            out.writeByte(kind);
            out.writeInt(len);
            out.write(b, off, len);
            out.flush();
        }
    }
}
