package kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kb.facts.FactFileKind;
import kb.facts.Fact;
import kb.facts.PartialDate;
import kb.facts.Partnership;
import kb.facts.Party;
import kb.facts.Period;
import kb.facts.StrictJson;
import kb.report.ResultJson;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact file is data: it cannot name a Java class, and it cannot make the tool open another path. */
class SafetyTest {
    @TempDir
    Path temp;

    @Test
    void jacksonDefaultTypingIsOffForReadingFactsAndWritingResults() {
        var read = StrictJson.MAPPER.getDeserializationConfig();
        var write = ResultJson.WRITER.getSerializationConfig();
        for (Class<?> type : List.of(Object.class, Fact.class, List.class)) {
            assertThat(read.getDefaultTyper(StrictJson.MAPPER.constructType(type))).as("reading " + type).isNull();
            assertThat(write.getDefaultTyper(ResultJson.WRITER.constructType(type))).as("writing " + type).isNull();
        }
    }

    @Test
    void noDomainClassLetsAFileChooseItsType() {
        List<Class<?>> types = new ArrayList<>(List.of(Partnership.class, Party.class, Period.class, PartialDate.class, Fact.class));
        for (FactFileKind kind : FactFileKind.values()) {
            types.add(kind.itemClass());
        }
        for (Class<?> type : types) {
            assertThat(type.getAnnotation(JsonTypeInfo.class)).as(type + " has no @JsonTypeInfo").isNull();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    assertThat(f.getAnnotation(JsonTypeInfo.class)).as(f + " has no @JsonTypeInfo").isNull();
                    assertThat(f.getType()).as(f + " is not an open type a file could fill with any class")
                            .isNotIn(Object.class, java.io.Serializable.class, Comparable.class);
                }
            }
        }
    }

    @Test
    void aSchemaPathInAFactFileIsNeverFollowed() throws IOException {
        // A "schema" that rejects everything, beside the case and at an absolute path: if the tool
        // ever used a file's own $schema, the case would fail to load.
        Files.writeString(temp.resolve("evil.schema.json"), "{\"not\": {}}");
        String absolute = temp.resolve("evil.schema.json").toAbsolutePath().toString();
        String[] hostile = {"/etc/passwd", "../../x", "../evil.schema.json", absolute, "file://" + absolute,
            "http://127.0.0.1:9/schema.json", "classpath:kb/facts/schema/../../../../etc/passwd"};

        CliRunner reference = CliRunner.run("evaluate", "facts/batam-gimje", "--format", "json");
        assertThat(reference.exitCode()).as(reference.err()).isZero();

        Path c = TestFolders.copy(Path.of("facts/batam-gimje"), temp.resolve("case"));
        int i = 0;
        try (Stream<Path> files = Files.list(c)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals(FactFileKind.EXPECTED_FILE)).sorted().toList()) {
                String text = Files.readString(f);
                String own = text.substring(text.indexOf("\"$schema\": \"") + 12);
                own = own.substring(0, own.indexOf('"'));
                TestFolders.editFirst(f, "\"" + own + "\"", "\"" + hostile[i++ % hostile.length] + "\"");
            }
        }
        CliRunner r = CliRunner.run("evaluate", c.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(reference.out());
    }
}
