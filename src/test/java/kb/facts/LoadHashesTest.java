package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader hashes the bytes it parsed, every fact file it read, by the names an audit record uses. */
class LoadHashesTest {
    private static final Path BASE = Path.of("src/test/resources/bad-input/case");

    @TempDir
    Path temp;

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyFactFileReadIsHashedFromItsBytes() throws Exception {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        CaseFacts facts = new CaseLoader().load(c);
        TreeSet<String> onDisk = new TreeSet<>();
        try (var files = Files.list(c)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("expected.json"))
                    .forEach(onDisk::add);
        }
        assertThat(facts.sha256().keySet().stream().filter(n -> !n.startsWith(LawLibrary.FOLDER + "/")))
                .containsExactlyElementsOf(onDisk);
        for (String name : onDisk) {
            assertThat(facts.sha256().get(name)).as(name).isEqualTo(sha256(Files.readAllBytes(c.resolve(name))));
        }
    }

    @Test
    void aFileEditedAfterTheLoadKeepsTheHashOfWhatWasRead() throws Exception {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        byte[] before = Files.readAllBytes(c.resolve("outcomes.json"));
        CaseFacts facts = new CaseLoader().load(c);
        Files.writeString(c.resolve("outcomes.json"), " ", java.nio.file.StandardOpenOption.APPEND);
        assertThat(facts.sha256().get("outcomes.json")).isEqualTo(sha256(before))
                .isNotEqualTo(sha256(Files.readAllBytes(c.resolve("outcomes.json"))));
    }

    @Test
    void aLoaderWithoutHashesReadsTheSameFactsAndRefusesToNameHashesItNeverKept() throws Exception {
        Path c = TestFolders.copy(BASE, temp.resolve("case"));
        CaseFacts hashed = new CaseLoader().load(c);
        CaseFacts plain = new CaseLoader().withoutHashes().load(c);
        assertThat(plain.facts()).extracting(Fact::getId).containsExactlyElementsOf(hashed.facts().stream().map(Fact::getId).toList());
        assertThat(plain.sources().keySet()).containsExactlyElementsOf(hashed.sources().keySet());
        // An empty map here would let an audit record name no file without saying why.
        org.assertj.core.api.Assertions.assertThatThrownBy(plain::sha256)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without the hashes");
    }
}
