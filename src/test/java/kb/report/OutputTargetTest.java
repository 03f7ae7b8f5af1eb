package kb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where outputs may go, and the reasons a write failed, in words. */
class OutputTargetTest {
    @TempDir
    Path temp;

    @Test
    void aWriteFailureIsNamedInWords() {
        assertThat(OutputTarget.reason(new AccessDeniedException("/x/a.json"))).isEqualTo("permission denied");
        assertThat(OutputTarget.reason(new FileSystemException("/x/a.json", null, "No space left on device")))
                .isEqualTo("no space left on the device");
        assertThat(OutputTarget.reason(new IOException("No space left on device"))).isEqualTo("no space left on the device");
        assertThat(OutputTarget.reason(new FileSystemException("/x/a", null, "Not a directory")))
                .isEqualTo("a file is in the way: /x/a is not a folder");
        assertThat(OutputTarget.reason(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("the file system is read-only");
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path target = temp.resolve("real/result.txt");
        Files.createDirectories(target.getParent());
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), target);
        AtomicFiles.write("--output", link, "new".getBytes(), List.of());
        assertThat(link).isSymbolicLink();
        assertThat(target).hasContent("new");
    }

    @Test
    void aLoopOfLinksIsRefused() throws Exception {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThatThrownBy(() -> OutputTarget.resolve("--output", a, List.of()))
                .isInstanceOf(OutputException.class).hasMessageContaining("too many symbolic links");
    }

    @Test
    void anInputIsFoundHoweverItsPathIsSpelt() throws Exception {
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Path one = Files.createDirectories(cases.resolve("one"));
        Path two = Files.createDirectories(cases.resolve("two"));
        Files.writeString(one.resolve("case.json"), "{}");
        Path byLink = Files.createSymbolicLink(temp.resolve("via"), cases).resolve("two");
        List<Path> inputs = List.of(one, byLink, temp.resolve("gone"));
        assertThatThrownBy(() -> OutputTarget.resolve("--output", two.resolve("deeper/out.csv"), inputs))
                .isInstanceOf(OutputException.class).hasMessageContaining("is inside an input of this run (" + byLink + ")");
        assertThatThrownBy(() -> OutputTarget.resolve("--output", one.resolve("case.json"), inputs))
                .isInstanceOf(OutputException.class).hasMessageContaining("is inside an input of this run (" + one + ")");
        assertThatThrownBy(() -> OutputTarget.resolve("--output", temp.resolve("gone/out.csv"), inputs))
                .isInstanceOf(OutputException.class).hasMessageContaining("(" + temp.resolve("gone") + ")");
        assertThat(OutputTarget.resolve("--output", cases.resolve("summary.csv"), inputs))
                .isEqualTo(cases.resolve("summary.csv").toAbsolutePath().normalize());
    }

    @Test
    void aLinkIntoAnInputIsRefused() throws Exception {
        Path input = Files.createDirectories(temp.resolve("case"));
        Path link = Files.createSymbolicLink(temp.resolve("out.json"), input.resolve("outcomes.json"));
        assertThatThrownBy(() -> OutputTarget.resolve("--audit", link, List.of(input)))
                .isInstanceOf(OutputException.class).hasMessageContaining("an input of this run");
    }

    @Test
    void atMostTenProblemsPerFileThenHowManyMore() {
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            problems.add("case/activities.json:" + (i + 2) + ":5: bad");
        }
        problems.add("case/motives.json:3:4: also bad");
        List<String> shown = ProblemList.limited(problems);
        assertThat(shown).hasSize(12);
        assertThat(shown.get(10)).isEqualTo("case/activities.json: and 99990 more problems in this file (the first 10 are shown)");
        assertThat(shown.get(11)).isEqualTo("case/motives.json:3:4: also bad");
    }

    @Test
    void controlAndInvisibleCharactersArePrintedAsEscapes() {
        assertThat(Printable.line("a\u001b[2Jb\nVerdict: OPTIMAL\u202e\u200b")).isEqualTo("a\\u001b[2Jb\\nVerdict: OPTIMAL\\u202e\\u200b");
        assertThat(Printable.line("Kota Batam – Gimje-gun")).isEqualTo("Kota Batam – Gimje-gun");
    }
}
