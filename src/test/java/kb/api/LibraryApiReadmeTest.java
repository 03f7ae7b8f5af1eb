package kb.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example is compiled and run as a user would: its ```java block,
 * compiled against the project's classes with the JDK's compiler, its output compared with the
 * ```text block that follows it in the README. An example that no longer compiles, or prints
 * something else than the README says, fails here.
 */
class LibraryApiReadmeTest {
    private static final Pattern SECTION = Pattern.compile("(?s)\n## As a library\n(.*?)(\n## |\\z)");
    private static final Pattern JAVA = Pattern.compile("(?s)```java\n(.*?)```");
    private static final Pattern TEXT = Pattern.compile("(?s)It prints:\n\n```text\n(.*?)```");
    private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

    @Test
    void theReadmeExampleCompilesRunsAndPrintsWhatTheReadmeShows(@TempDir Path dir) throws Exception {
        String section = match(SECTION, Files.readString(Path.of("README.md")), "a section \"## As a library\" in README.md");
        String source = match(JAVA, section, "a ```java block in the section");
        String expected = match(TEXT, section, "\"It prints:\" and a ```text block after the example");
        String className = match(CLASS, source, "a public class in the example");

        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK, which has a compiler");
        String classPath = Path.of(KnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + System.getProperty("java.class.path");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, err, "-d", dir.toString(), "-classpath", classPath, "-Xlint:all",
                "-Werror", file.toString());
        assertEquals(0, compiled, "the README example does not compile:\n" + err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(expected, output, "the README's \"It prints:\" block is not what the example prints");
        // What the example shows must be what the two cases are: the block is the outcome, not a copy of itself.
        List<String> lines = output.lines().toList();
        assertTrue(lines.contains("F4 NOT_MET (F4.B)"), output);
        assertTrue(lines.contains("F6 UNDETERMINED (D.UNDETERMINED)"), output);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("batam-gimje: NOT_OPTIMAL")), output);
    }

    private static String match(Pattern p, String text, String what) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), "expected " + what);
        return m.group(1);
    }
}
