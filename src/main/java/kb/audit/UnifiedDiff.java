package kb.audit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The lines that changed in a file since it was recorded, as {@code diff -u} prints them. */
final class UnifiedDiff {
    private UnifiedDiff() {
    }

    static List<String> of(String name, byte[] recorded, byte[] now) {
        List<String> before = lines(recorded);
        List<String> after = lines(now);
        return UnifiedDiffUtils.generateUnifiedDiff("recorded/" + name, "now/" + name, before,
                DiffUtils.diff(before, after), 2);
    }

    private static List<String> lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().toList();
    }
}
