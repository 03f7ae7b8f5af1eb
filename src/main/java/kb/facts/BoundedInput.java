package kb.facts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A fact file as a stream that fails as soon as it has given more bytes than the size limit
 * (the file's size was checked when it was opened, but it may grow while it is read), and that
 * knows whether all it gave was blank, since an empty file gets its own message.
 */
final class BoundedInput extends FilterInputStream {
    /** The file has more bytes than the limit. */
    static final class OverLimit extends IOException {
    }

    private final long maxBytes;
    private long count;
    private boolean blank = true;

    BoundedInput(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            blank = blank && isBlank((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
            for (int i = off; blank && i < off + n; i++) {
                blank = isBlank(b[i]);
            }
        }
        return n;
    }

    private void count(int n) throws OverLimit {
        count += n;
        if (count > maxBytes) {
            throw new OverLimit();
        }
    }

    /** Taken as a signed byte: a byte over 127 (part of a UTF-8 character) is never blank. */
    private static boolean isBlank(byte b) {
        return Character.isWhitespace(b);
    }

    /** Reads what is left, so the size limit and {@link #wasBlank} speak for the whole file. */
    void drain() throws IOException {
        // Usually the parser has already seen the end: then no buffer is worth making.
        if (read() < 0) {
            return;
        }
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // only counted
        }
    }

    /** True when every byte read so far is white space. */
    boolean wasBlank() {
        return blank;
    }
}
