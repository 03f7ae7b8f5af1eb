package kb.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.ExitCode;
import kb.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kb.ProcessRun;

/**
 * The warm background process as users meet it, through the kb launcher (failsafe, after
 * {@code mvn package}): every answer equals the answer of a process of its own (standard output,
 * standard error, exit code and the files written, byte for byte), from a working folder that is
 * not the daemon's; a rule edit between two requests is seen; the socket folder is private; idle
 * daemons stop; a killed or unusable daemon costs nothing but time. Each test has its own daemon
 * folder (KB_DAEMON_DIR) and stops its daemons at the end.
 */
class DaemonIT {
    private static final Path KB = Path.of("kb").toAbsolutePath();
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String F4_NOT_MET = "Implementation is ruled out: the sources for the whole period were searched and no joint activity was found";

    @TempDir
    Path tmp;
    private Path daemonDir;
    private Path work;

    /** The launcher builds the jar and records its archive on a first run: not part of any comparison. */
    @org.junit.jupiter.api.BeforeAll
    static void launcherReady() throws Exception {
        Process p = new ProcessBuilder(KB.toString(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    }

    @BeforeEach
    void folders() throws IOException {
        daemonDir = tmp.resolve("d");
        work = Files.createDirectories(tmp.resolve("work"));
    }

    @AfterEach
    void stopDaemons() throws Exception {
        run(work, Map.of(), "daemon", "stop");
    }

    @Test
    void answersFromAnotherFolderEqualThoseOfAProcessOfItsOwnByteForByte() throws Exception {
        TestFolders.copy(HOME.resolve("facts/batam-gimje"), work.resolve("case"));
        TestFolders.copy(HOME.resolve("facts/batam-gimje"), work.resolve("bad"));
        Files.writeString(work.resolve("bad/motives.json"), "{\n  \"motives\": [\n");
        TestFolders.copy(HOME.resolve("rules"), work.resolve("rules"));
        Path broken = TestFolders.copy(HOME.resolve("rules"), work.resolve("broken-rules"));
        Files.writeString(broken.resolve("zz-broken.drl"), "package kb.rules;\nrule \"Broken\"\nwhen\n  NoSuchFact()\nthen\nend\n");
        Path throwing = TestFolders.copy(HOME.resolve("rules"), work.resolve("throwing-rules"));
        Files.writeString(throwing.resolve("zz-throws.drl"), "package kb.rules;\nimport kb.facts.*;\n"
                + "rule \"Test: throws\"\n    @id(\"T.THROW\") @factor(\"F4\") @indicator(\"I4.1\") @ref(\"test only\")\n"
                + "when\n    $a : Activity( id == \"A-2013-08-17-mou-signing\" )\nthen\n    throw new IllegalStateException(\"hypothetical failure\");\nend\n");
        Files.createDirectories(work.resolve("scenarios"));
        Files.copy(HOME.resolve("scenarios/batam-gimje-with-a-joint-programme-after-the-period.json"),
                work.resolve("scenarios/batam-gimje-with-a-joint-programme-after-the-period.json"));
        Files.createDirectories(work.resolve("facts"));
        TestFolders.copy(HOME.resolve("facts/batam-gimje"), work.resolve("facts/batam-gimje"));
        TestFolders.copy(HOME.resolve("facts/law"), work.resolve("facts/law"));

        List<List<String>> commands = List.of(
                List.of("evaluate", "case"),
                List.of("evaluate", "./case/", "--format", "json", "--audit", "audit.json"),
                List.of("verify", "audit.json"),
                List.of("explain", "case", "--factor", "F4"),
                List.of("validate"),
                List.of("test"),
                List.of("report", "case", "--output", "page.html"),
                List.of("whatif", "case"),
                List.of("evaluate", "bad"),
                List.of("evaluate", "no-such-case"),
                List.of("evaluate", "case", "--formt", "json"),
                List.of("validate", "--rules", "broken-rules"),
                List.of("evaluate", "case", "--rules", "throwing-rules"));
        startDaemon();
        Map<Integer, Integer> codes = new HashMap<>();
        for (List<String> command : commands) {
            ProcessRun inProcess = run(work, Map.of("KB_DAEMON", "off"), command.toArray(String[]::new));
            byte[] audit = readAndDelete(work.resolve("audit.json"), command);
            byte[] page = readAndDelete(work.resolve("page.html"), command);
            ProcessRun served = run(work, Map.of("KB_DAEMON_DEBUG", "1"), command.toArray(String[]::new));
            // KB_DAEMON_DEBUG=1 would add a line to standard error had the command not been served.
            assertThat(served.err()).as("stderr of %s", command).isEqualTo(inProcess.err());
            // kb whatif prints how long its search took; nothing else may differ.
            assertThat(served.out().replaceAll(" in \\d+ ms;", " in <n> ms;")).as("stdout of %s", command)
                    .isEqualTo(inProcess.out().replaceAll(" in \\d+ ms;", " in <n> ms;"));
            assertThat(served.exitCode()).as("exit code of %s", command).isEqualTo(inProcess.exitCode());
            if (command.contains("--audit")) {
                assertThat(withoutTime(Files.readString(work.resolve("audit.json")))).as("the audit record")
                        .isEqualTo(withoutTime(new String(audit, StandardCharsets.UTF_8)));
            }
            if (command.contains("page.html")) {
                assertThat(withoutTime(Files.readString(work.resolve("page.html")))).as("the report")
                        .isEqualTo(withoutTime(new String(page, StandardCharsets.UTF_8)));
            }
            codes.merge(served.exitCode(), 1, Integer::sum);
        }
        assertThat(codes).as("exit codes seen").containsKeys(ExitCode.OK, ExitCode.RULES_OR_CHECK_FAILED, ExitCode.BAD_INPUT,
                ExitCode.RULE_FAILURE);
        // All but "evaluate no-such-case", which the launcher does not take for one small case.
        assertThat(served()).as("commands the daemon served").isEqualTo(commands.size() - 1);
    }

    @Test
    void aRuleEditedBetweenTwoRequestsIsSeenByTheSecond() throws Exception {
        Path rules = TestFolders.copy(HOME.resolve("rules"), work.resolve("rules"));
        startDaemon();
        ProcessRun first = run(work, Map.of(), "evaluate", HOME.resolve("facts/batam-gimje").toString());
        assertThat(first.out()).contains(F4_NOT_MET);
        Path f4 = rules.resolve("f4-implementation.drl");
        Files.writeString(f4, Files.readString(f4).replace(F4_NOT_MET, "F4 edited between two daemon requests"));
        ProcessRun second = run(work, Map.of(), "evaluate", HOME.resolve("facts/batam-gimje").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("F4 edited between two daemon requests").doesNotContain(F4_NOT_MET);
        assertThat(served()).isEqualTo(2);
    }

    @Test
    void theSocketFolderIsPrivateAndAFolderOpenToOthersIsRefused() throws Exception {
        startDaemon();
        ProcessRun first = run(work, Map.of(), "validate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(daemonDir))).isEqualTo("rwx------");
        try (var files = Files.list(daemonDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".sock")).map(p -> {
                try {
                    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("the socket").containsExactly("rw-------");
        }
        run(work, Map.of(), "daemon", "stop");

        Files.setPosixFilePermissions(daemonDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessRun refused = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "validate");
        assertThat(refused.exitCode()).isZero();
        assertThat(refused.out()).isEqualTo(first.out());
        assertThat(refused.err()).contains("is open to others (rwxr-xr-x)").contains("running the command in this process");
        try (var files = Files.list(daemonDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".sock"))).as("no daemon was started there").isEmpty();
        }
        Files.setPosixFilePermissions(daemonDir, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aSocketFolderThatIsALinkOrAnotherUsersIsRefused() throws Exception {
        ProcessRun expected = run(work, Map.of("KB_DAEMON", "off"), "validate");
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(daemonDir, real);
        ProcessRun linked = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "validate");
        assertThat(linked.out()).isEqualTo(expected.out());
        assertThat(linked.exitCode()).isZero();
        assertThat(linked.err()).contains("is not a folder (a link or a file); refusing to use it")
                .contains("running the command in this process");
        Files.delete(daemonDir);

        // Another user's folder: as root, give it away; as anyone else, a folder they do not own is at hand only as root.
        org.junit.jupiter.api.Assumptions.assumeTrue("0".equals(String.valueOf(Files.getAttribute(tmp, "unix:uid"))),
                "giving a folder to another user needs root");
        Files.createDirectories(daemonDir);
        Files.setPosixFilePermissions(daemonDir, PosixFilePermissions.fromString("rwx------"));
        Files.setAttribute(daemonDir, "unix:uid", 65534);
        ProcessRun foreign = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "validate");
        assertThat(foreign.out()).isEqualTo(expected.out());
        assertThat(foreign.exitCode()).isZero();
        assertThat(foreign.err()).contains("is owned by uid 65534, not by this user; refusing to use it");
        try (var files = Files.list(daemonDir)) {
            assertThat(files).as("nothing written into another user's folder").isEmpty();
        }
        Files.setAttribute(daemonDir, "unix:uid", 0);
    }

    @Test
    void aBatchWhoseClientIsKilledStopsInTheDaemonAndWritesNothing() throws Exception {
        Path cases = tmp.resolve("cases");
        TestFolders.copy(HOME.resolve("facts/batam-gimje"), cases.resolve("a"));
        TestFolders.copy(HOME.resolve("facts/batam-gimje"), cases.resolve("b"));
        Path rules = TestFolders.rulesWith(HOME.resolve("rules"), tmp.resolve("slow-rules"), "zz-slow.drl", "T.SLOW",
                "System.err.println(\"kb-test: rule running\"); Thread.sleep(600_000);");
        // The first batch runs in its own process and starts the batch daemon as it ends.
        assertThat(run(work, Map.of(), "evaluate", cases.toString(), "--format", "jsonl").exitCode()).isZero();
        long started = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < started && !hasSocket()) {
            Thread.sleep(100);
        }
        ProcessRun warm = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "evaluate", cases.toString(), "--format", "jsonl");
        assertThat(warm.err()).as("served by the batch daemon").doesNotContain("kb daemon:");

        Path out = tmp.resolve("slow.jsonl");
        ProcessRun killed = ProcessRun.signalledOnceItPrints(kb(work, Map.of("KB_DAEMON_DEBUG", "1"), "evaluate", cases.toString(),
                "--rules", rules.toString(), "--format", "jsonl", "--out", out.toString()), "kb-test: rule running");
        // SIGTERM, as a Ctrl-C's SIGINT: the client ends, and its connection with it.
        assertThat(killed.err()).as("the slow rule ran in the daemon").contains("kb-test: rule running")
                .doesNotContain("kb daemon:");

        // The daemon calls the batch off: free at once for the next batch, and the killed one's file is never written.
        Path next = tmp.resolve("next.jsonl");
        ProcessRun after = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "evaluate", cases.toString(), "--format", "jsonl",
                "--out", next.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.err()).as("not busy with the killed batch").doesNotContain("kb daemon:");
        assertThat(next).exists();
        Thread.sleep(2000);
        assertThat(out).as("the killed batch's output").doesNotExist();
    }

    @Test
    void anIdleDaemonStops() throws Exception {
        ProcessRun first = run(work, Map.of("KB_DAEMON_IDLE", "2"), "daemon", "start");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(run(work, Map.of(), "daemon", "status").exitCode()).as("running after a command").isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run(work, Map.of(), "daemon", "status").exitCode() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        ProcessRun status = run(work, Map.of(), "daemon", "status");
        assertThat(status.exitCode()).as(status.out()).isEqualTo(1);
        assertThat(status.out()).contains("not running");
    }

    @Test
    void aKilledOrUnusableDaemonCostsOnlyTime() throws Exception {
        String caseFolder = HOME.resolve("facts/batam-gimje").toString();
        ProcessRun expected = run(work, Map.of("KB_DAEMON", "off"), "evaluate", caseFolder);
        startDaemon();
        ProcessRun served = run(work, Map.of(), "evaluate", caseFolder);
        assertThat(served).isEqualTo(expected);
        ProcessRun status = run(work, Map.of(), "daemon", "status");
        Matcher pid = Pattern.compile("pid (\\d+)").matcher(status.out());
        assertThat(pid.find()).as(status.out()).isTrue();
        ProcessHandle daemon = ProcessHandle.of(Long.parseLong(pid.group(1))).orElseThrow();
        daemon.destroyForcibly();
        daemon.onExit().get(30, TimeUnit.SECONDS);

        // Its socket file is left behind: the next command runs here and starts a new daemon.
        ProcessRun afterKill = run(work, Map.of("KB_DAEMON_DEBUG", "1"), "evaluate", caseFolder);
        assertThat(afterKill.out()).as("after kill -9").isEqualTo(expected.out());
        assertThat(afterKill.exitCode()).isZero();
        assertThat(afterKill.err()).isEqualTo("kb daemon: no kb daemon was running; starting one for the next commands;"
                + " running the command in this process\n");
        startDaemon(); // the one just started, so that it is stopped at the end
        assertThat(run(work, Map.of(), "evaluate", caseFolder)).as("served by the new daemon").isEqualTo(expected);
        assertThat(served()).isEqualTo(1);
    }

    private void startDaemon() throws Exception {
        ProcessRun started = run(work, Map.of(), "daemon", "start");
        assertThat(started.exitCode()).as(started.out() + started.err()).isZero();
        assertThat(started.out()).contains("kb daemon: running");
    }

    @Test
    void runningOutOfMemoryIsExit4WithTheUsualLineAndStopsTheDaemon() throws Exception {
        // A heap too small to compile the rules (KB_JAVA_OPTS goes to the daemon's JVM too).
        Map<String, String> small = Map.of("KB_JAVA_OPTS", "-Xmx20m", "KB_CACHE", "off");
        String caseFolder = HOME.resolve("facts/batam-gimje").toString();
        Map<String, String> offSmall = new HashMap<>(small);
        offSmall.put("KB_DAEMON", "off");
        ProcessRun inProcess = run(work, offSmall, "evaluate", caseFolder);
        assertThat(inProcess.exitCode()).as(inProcess.err()).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(run(work, small, "daemon", "start").exitCode()).isZero();
        ProcessRun served = run(work, small, "evaluate", caseFolder);
        assertThat(served).isEqualTo(inProcess);
        assertThat(served.err()).startsWith("kb: out of memory: ");
        ProcessRun status = run(work, small, "daemon", "status");
        assertThat(status.exitCode()).as("the daemon stopped after it ran out of memory: " + status.out()).isEqualTo(1);
    }

    private boolean hasSocket() throws IOException {
        try (var files = Files.list(daemonDir)) {
            return files.anyMatch(p -> p.toString().endsWith(".sock"));
        }
    }

    private int served() throws Exception {
        ProcessRun status = run(work, Map.of(), "daemon", "status");
        Matcher m = Pattern.compile("(\\d+) commands served").matcher(status.out());
        assertThat(m.find()).as(status.out()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static byte[] readAndDelete(Path file, List<String> command) throws IOException {
        if (!Files.exists(file) || command.contains("verify")) {
            return new byte[0];
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    /** Records and pages say when they were made (and a record's own hash covers that); everything else must be equal. */
    private static String withoutTime(String text) {
        return text.replaceAll("\"recordSha256\" : \"[0-9a-f]+\"", "<hash>").replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d( UTC)?", "<time>");
    }

    private ProcessRun run(Path folder, Map<String, String> env, String... args) throws Exception {
        return ProcessRun.of(kb(folder, env, args));
    }

    /** The kb launcher in {@code folder}, with this test's daemon folder, a 60 s idle stop and {@code env}. */
    private ProcessBuilder kb(Path folder, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(KB.toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).directory(folder.toFile());
        b.environment().keySet().removeIf(k -> k.startsWith("KB_DAEMON"));
        b.environment().put("KB_DAEMON_DIR", daemonDir.toString());
        b.environment().put("KB_DAEMON_IDLE", "60");
        b.environment().putAll(env);
        return b;
    }
}
