package kb.facts;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream that keeps a copy of what a parser read from it, from the last offset the reader
 * still needs on, so a value the parser has just passed over can be taken again as its own
 * text. A parser reads ahead in blocks; offsets count bytes from the start of the stream.
 */
final class KeptBytes extends FilterInputStream {
    private byte[] kept = new byte[64 * 1024];
    /** Stream offset of {@code kept[0]}. */
    private long keptFrom;
    private int length;
    /** Bytes before this offset are no longer needed. */
    private long neededFrom;

    KeptBytes(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    private void keep(byte[] b, int off, int n) {
        if (length + n > kept.length) {
            int unneeded = (int) (neededFrom - keptFrom);
            if (unneeded > 0) {
                System.arraycopy(kept, unneeded, kept, 0, length - unneeded);
                keptFrom = neededFrom;
                length -= unneeded;
            }
            // At least half free after each move, so bytes are moved only about as often as they are read.
            if (2L * (length + n) > kept.length) {
                kept = Arrays.copyOf(kept, (int) Math.min(2L * (length + n), Integer.MAX_VALUE - 8));
            }
        }
        System.arraycopy(b, off, kept, length, n);
        length += n;
    }

    /** The bytes from offset {@code from} (inclusive) to {@code to} (exclusive), all still kept. */
    byte[] copy(long from, long to) {
        return Arrays.copyOfRange(kept, index(from), index(to));
    }

    /** Appends the bytes from offset {@code from} to {@code to} to {@code out}. */
    void copyTo(ByteArrayOutputStream out, long from, long to) {
        out.write(kept, index(from), index(to) - index(from));
    }

    /** The offset after the last byte read. */
    long end() {
        return keptFrom + length;
    }

    /** The reader will ask for nothing before {@code offset} again. */
    void forget(long offset) {
        neededFrom = Math.max(neededFrom, offset);
    }

    private int index(long offset) {
        if (offset < keptFrom || offset > end()) {
            throw new IllegalArgumentException("offset " + offset + " is not kept (" + keptFrom + " to " + end() + ")");
        }
        return (int) (offset - keptFrom);
    }
}
