package kb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space where a path will be written (at its nearest existing parent folder). */
final class FreeSpace {
    private FreeSpace() {
    }

    static long usableAt(Path target) {
        Path p = target.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // not knowable: the write itself will say if space runs out
        }
    }
}
