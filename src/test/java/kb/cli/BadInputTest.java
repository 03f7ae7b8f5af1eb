package kb.cli;

import kb.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad facts give one clear line naming file, line and what is allowed; exit code 2; no stack trace. */
class BadInputTest {
    @TempDir
    Path temp;

    private Path copyOfBatamGimje() throws IOException {
        return TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("case"));
    }

    private static void assertOneCleanError(CliRunner r, String... fragments) {
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(fragments).doesNotContain("\tat ", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingCaseFolder() {
        assertOneCleanError(CliRunner.run("evaluate", "facts/no-such-case"), "facts/no-such-case: error: no such case folder");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path c = copyOfBatamGimje();
        Path motives = c.resolve("motives.json");
        Files.writeString(motives, Files.readString(motives).replaceFirst("\"side\": \"PARTNER\",", "\"side\": \"PARTNER\""));
        assertOneCleanError(CliRunner.run("evaluate", c.toString()), "motives.json:");
        assertThat(CliRunner.run("evaluate", c.toString()).err()).containsPattern("motives\\.json:\\d+:\\d+: ");
    }

    @Test
    void anUnknownFieldListsTheAllowedFields() throws IOException {
        Path c = copyOfBatamGimje();
        Path activities = c.resolve("activities.json");
        Files.writeString(activities, Files.readString(activities).replaceFirst("\"status\"", "\"statuz\""));
        CliRunner r = CliRunner.run("evaluate", c.toString());
        // Both consequences of the typo, at once: the unknown field and the field now missing.
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).hasSize(2);
        assertThat(r.err()).contains("unknown field \"statuz\"; allowed: id, date, endDate, type, status")
                .contains("field \"status\" is required").doesNotContain("\tat ", "Exception");
        assertThat(r.err()).containsPattern("activities\\.json:\\d+:\\d+: error: activity \"A-2011-07-batam-exploration\": unknown field");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedValues() throws IOException {
        Path c = copyOfBatamGimje();
        Path activities = c.resolve("activities.json");
        Files.writeString(activities, Files.readString(activities).replaceFirst("\"MEETING\"", "\"PARTY\""));
        CliRunner r = CliRunner.run("evaluate", c.toString());
        assertOneCleanError(r, "\"PARTY\" is not allowed", "EXPLORATION_VISIT", "JOINT_PROGRAMME");
        assertThat(r.err()).containsPattern("activities\\.json:\\d+:\\d+: ");
    }
}
