package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
    private static int[] where(String json, int limit) {
        return JsonTree.whereDepthExceeds(json.getBytes(StandardCharsets.UTF_8), limit);
    }

    @Test
    void theBracketThatGoesTooDeepIsFoundOnItsLine() {
        assertThat(where("{\n  \"a\": [[[1]]]\n}", 3)).containsExactly(2, 10);
    }

    @Test
    void bracketsInsideTextDoNotCount() {
        assertThat(where("{\"a\": \"[[[[\\\"[[\", \"b\": [[1]]}", 2)).containsExactly(1, 25);
    }

    @Test
    void withinTheLimitThereIsNoPlaceToPointAt() {
        assertThat(where("[[1]]", 5)).containsExactly(1, 1);
    }
}
