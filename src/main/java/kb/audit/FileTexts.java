package kb.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The text of a rule or fact file as a record keeps it: gzip, then base64. The rules of a case
 * are some 40 kB and compress to a quarter; keeping them lets verify show what changed, line by line.
 */
final class FileTexts {
    private FileTexts() {
    }

    static String pack(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Java's gzip header holds no time stamp, so the same text always packs the same: records stay deterministic.
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static byte[] unpack(String packed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
            return in.readAllBytes();
        } catch (IllegalArgumentException e) {
            throw new IOException("not base64: " + e.getMessage(), e);
        }
    }
}
