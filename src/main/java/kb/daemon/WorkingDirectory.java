package kb.daemon;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The client's working folder, for the request being served. Java cannot change its working
 * folder, but the JDK's own file system has a mode for a process that may (started with
 * {@code -Dsun.nio.fs.chdirAllowed=true}): every relative {@link Path} is then resolved against
 * the file system's default folder, never left to the operating system. Setting that folder (and
 * the one {@link File#getAbsolutePath()} uses, and {@code user.dir}) per request makes every
 * relative path of every command — arguments, defaults such as {@code rules} and {@code facts/law},
 * output files, {@code toAbsolutePath()} — mean what it means in the client's folder, while
 * messages keep the paths as typed: output is byte for byte that of a run in that folder.
 *
 * <p>This reaches into two private fields of the JDK ({@code --add-opens} on the daemon's command
 * line). {@link #check()} proves at start-up that it works on this JDK; if it does not, the daemon
 * does not start and every command runs in its own process as before. Relative paths handed to
 * {@code java.io} for reading or writing would still go to the process's own folder; the daemon
 * runs in its private folder, where no case or rule is found, so such a slip fails loudly.
 */
final class WorkingDirectory {
    private static Field nioDefault;
    private static Field ioUserDir;
    private static Object ioFileSystem;

    private WorkingDirectory() {
    }

    /** Prepares the switch and proves it works; throws if this JDK does not allow it. */
    static void check() throws Exception {
        if (!Boolean.getBoolean("sun.nio.fs.chdirAllowed")) {
            throw new IllegalStateException("the daemon needs -Dsun.nio.fs.chdirAllowed=true");
        }
        FileSystem fs = FileSystems.getDefault();
        nioDefault = fs.getClass().getSuperclass().getDeclaredField("defaultDirectory");
        nioDefault.setAccessible(true);
        Field fsField = File.class.getDeclaredField("fs");
        fsField.setAccessible(true);
        ioFileSystem = fsField.get(null);
        ioUserDir = ioFileSystem.getClass().getDeclaredField("userDir");
        ioUserDir.setAccessible(true);
        Path before = Path.of("").toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        set(tmp);
        boolean works = Path.of("x").toAbsolutePath().equals(tmp.resolve("x"))
                && new File("x").getAbsolutePath().equals(tmp.resolve("x").toString())
                && Files.isSameFile(Path.of(""), tmp);
        set(before);
        if (!works) {
            throw new IllegalStateException("this JDK does not resolve relative paths against the switched folder");
        }
    }

    /** From now on, relative paths resolve against {@code dir} (absolute, an existing folder). */
    static synchronized void set(Path dir) throws IllegalAccessException {
        if (!dir.isAbsolute() || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not an absolute path of a folder");
        }
        String path = dir.normalize().toString();
        nioDefault.set(FileSystems.getDefault(), path.getBytes(jnuCharset()));
        ioUserDir.set(ioFileSystem, path);
        System.setProperty("user.dir", path);
    }

    private static java.nio.charset.Charset jnuCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
        } catch (RuntimeException e) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }
}
