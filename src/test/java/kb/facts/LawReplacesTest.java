package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kb.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instrument of the law library that replaces one the library does not have: one placed message, never a crash. */
class LawReplacesTest {

    @Test
    void anUnknownReplacedInstrumentIsPlacedAtItsField(@TempDir Path tmp) {
        Path law = TestFolders.copy(Path.of("facts/law"), tmp.resolve("law"));
        TestFolders.editFirst(law.resolve("instruments.json"), "\"id\": \"uu-5-1974\",",
                "\"id\": \"uu-5-1974\", \"replaces\": [\"uu-no-such\"],");
        CaseLoader loader = new CaseLoader(Limits.DEFAULT_MAX_FILE_BYTES, null, law);
        assertThatThrownBy(() -> loader.load(Path.of("facts/batam-gimje"))).isInstanceOf(BadFactsException.class)
                .satisfies(e -> assertThat(((BadFactsException) e).problems()).containsExactly(law.resolve("instruments.json")
                        + ":5:37: national-law \"uu-5-1974\": field \"replaces\": unknown instrument id \"uu-no-such\";"
                        + " it must be the id of another instrument in the law library"));
    }
}
