package kb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written whole or not at all, and only {@link AtomicFiles} writes files. */
class OutputsAreAtomicTest {
    /** Every JDK call that writes a file; only AtomicFiles may use them. */
    private static final Pattern WRITES = Pattern.compile(
            "(?<!\\w)Files\\.(write|writeString|newOutputStream|newBufferedWriter|copy|move|createFile)\\b"
            + "|new (FileOutputStream|FileWriter|RandomAccessFile|PrintWriter\\(\\s*(new File|Path|\"))");

    @TempDir
    Path temp;

    @Test
    void noMainClassButAtomicFilesWritesAFile() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path f : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("AtomicFiles.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (WRITES.matcher(lines.get(i)).find()) {
                        offenders.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("write output through AtomicFiles.write (temp file, then rename)").isEmpty();
    }

    @Test
    void theCheckAboveRecognisesADirectWrite() {
        assertThat(WRITES.matcher("Files.writeString(report, text);").find()).isTrue();
        assertThat(WRITES.matcher("try (var out = new FileOutputStream(f)) {").find()).isTrue();
        assertThat(WRITES.matcher("AtomicFiles.write(target, bytes);").find()).isFalse();
    }

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNoTempFile() throws IOException {
        Path target = temp.resolve("sub/result.json");
        AtomicFiles.write(target, "first".getBytes());
        AtomicFiles.write(target, "second, longer".getBytes());
        assertThat(target).hasContent("second, longer");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.json");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAsItWas() throws IOException {
        // What is at the target stays as it was when the rename fails after the temp file was
        // written: here a folder with a file in it, which no file can replace.
        Path blocked = temp.resolve("blocked");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("old.txt"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(blocked, "new".getBytes())).isInstanceOf(IOException.class);
        assertThat(blocked).isDirectory();
        assertThat(blocked.resolve("old.txt")).hasContent("old");
        try (Stream<Path> files = Files.list(blocked)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.txt");
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temp file left").containsExactly("blocked");
        }
    }
}
