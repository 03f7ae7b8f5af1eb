package kb.impact;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.cli.UsageException;

/**
 * The rules to compare against: a folder, or a git revision ({@code HEAD~1}, a branch, a tag) of
 * the rules folder. A revision is read with {@code git ls-tree} and {@code git show} into a
 * temporary folder that {@link #close()} deletes; nothing is checked out and the working tree is
 * not touched.
 */
public final class BaselineRules implements AutoCloseable {
    private final Path folder;
    private final String label;
    private final boolean temporary;

    private BaselineRules(Path folder, String label, boolean temporary) {
        this.folder = folder;
        this.label = label;
        this.temporary = temporary;
    }

    /**
     * {@code given} names a folder when one exists by that name; otherwise a revision of the git
     * repository that holds {@code rulesInRepo}, whose files at that revision are read.
     */
    public static BaselineRules resolve(String given, Path rulesInRepo) throws UsageException, IOException {
        Path asFolder = Path.of(given);
        if (Files.isDirectory(asFolder)) {
            return new BaselineRules(asFolder, given, false);
        }
        if (!Files.isDirectory(rulesInRepo)) {
            throw new UsageException("--baseline-rules " + given + ": no such folder, and no rules folder " + rulesInRepo
                    + " in a git repository to read a revision of");
        }
        Git git = new Git(rulesInRepo);
        Git.Output commit = git.run("rev-parse", "--verify", "--quiet", given + "^{commit}");
        if (commit.code() != 0) {
            throw new UsageException("--baseline-rules " + given + ": neither a rules folder nor a git revision of "
                    + rulesInRepo + " (give a folder such as rules-before/ or a revision such as HEAD~1)");
        }
        String sha = commit.text().trim();
        Git.Output listing = git.run("ls-tree", "-r", "--name-only", sha, "--", ".");
        List<String> files = listing.text().lines().filter(l -> !l.isBlank()).toList();
        if (listing.code() != 0 || files.isEmpty()) {
            throw new UsageException("--baseline-rules " + given + ": revision " + sha.substring(0, 12) + " has no files in "
                    + rulesInRepo);
        }
        Path temp = Files.createTempDirectory("kb-baseline-rules-");
        BaselineRules rules = new BaselineRules(temp, given + " (" + sha.substring(0, 12) + ")", true);
        try {
            for (String file : files) {
                Git.Output content = git.runBytes("show", sha + ":./" + file);
                if (content.code() != 0) {
                    throw new UsageException("--baseline-rules " + given + ": cannot read " + file + " at " + sha.substring(0, 12));
                }
                Path target = temp.resolve(file).normalize();
                if (!target.startsWith(temp)) {
                    throw new UsageException("--baseline-rules " + given + ": unexpected path " + file);
                }
                kb.report.AtomicFiles.write(target, content.bytes());
            }
        } catch (UsageException | IOException | RuntimeException e) {
            rules.close();
            throw e;
        }
        return rules;
    }

    public Path folder() {
        return folder;
    }

    /** How the baseline is named in reports: the folder, or the revision with its commit. */
    public String label() {
        return label;
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the comparison itself is done.
        }
    }

    /** Runs git in one folder; output is read whole (rule files are small). */
    private record Git(Path in) {
        record Output(int code, byte[] bytes) {
            String text() {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        Output run(String... args) throws IOException {
            return runBytes(args);
        }

        Output runBytes(String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("git", "-C", in.toString()));
            command.addAll(List.of(args));
            Process p;
            try {
                p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new IOException("cannot run git (" + e.getMessage() + "); give --baseline-rules a folder instead", e);
            }
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                out = buffer.toByteArray();
            }
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("git " + String.join(" ", args) + " did not finish in 60 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running git", e);
            }
            return new Output(p.exitValue(), out);
        }
    }
}
