package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassRow} searches a row of character classes without the regex engine. It must answer
 * as {@link Pattern} does for every text, and leave to {@code Pattern} every pattern it cannot
 * read the same way.
 */
class ClassRowTest {
    /** As the fact schemas write them, after the validator's rewrite of {@code $}, and others of the same form. */
    private static final List<String> ROWS = List.of(
            "^[A-Za-z0-9._-]+\\z",
            "[^\\s\\u0000-\\u001f\\u007f-\\u00a0\\u00ad\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\ufeff]",
            "\\S",
            "^F[0-9]+\\z",
            "^F[1-9][0-9]*\\z",
            "^[^\\u0000-\\u0020\\u007f]+\\z",
            "^[a-z][a-z0-9-]*\\z",
            "^\\S+\\z",
            "^https?://\\S+\\z",
            "", "^", "\\z", "^\\z", "a", "^a", "a\\z", "a?", "a*", "^a*\\z", "^a?b+c*\\z", "b+a", "[-a]", "[a-]", "[^-]",
            "x\\.y", "\\s", "\\s+\\z", "^\\s*\\S", "[\\s\\S]", "[^\\S]", "[^\\s]+", "a\\tb", "[\\-\\]\\\\]", "a*a*a\\z",
            "^a?a?a?aaa\\z", "[\\u00e9]", "[^a-c]", "\\.", "\\/", "\\u0041", "é+", "a b");
    /** Texts are made of these: letters of the rows, spaces and line ends of every kind, lone and paired surrogates. */
    private static final String[] PIECES = {"a", "b", "c", "x", "y", "F", "0", "7", "-", ".", "_", "/", ":", "h", "t", "p", "s",
            " ", "\t", "\n", "\r", "\u000b", "\f", "\u0085", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u0000", "\u001f", "\u007f",
            "é", "\\", "]", "\ud83d\ude00", "\ud800", "\udc00", "Z"};

    @Test
    void everyRowAnswersAsTheRegexEngineDoesOnEveryText() {
        Random random = new Random(20261203L);
        for (String regex : ROWS) {
            ClassRow row = ClassRow.compile(regex);
            assertThat(row).as(regex).isNotNull();
            Pattern pattern = Pattern.compile(regex);
            for (int i = 0; i < 4000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(7);
                for (int k = 0; k < length; k++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String t = text.toString();
                assertThat(row.find(t)).as("%s on \"%s\"", regex, t).isEqualTo(pattern.matcher(t).find());
            }
        }
    }

    @Test
    void whatIsMoreThanARowOfClassesIsLeftToTheRegexEngine() {
        for (String regex : List.of(
                "^(unknown|[0-9]{4})\\z", "a|b", "a{2}", ".", "a+?", "a*+", "a??", "[a[b]]", "[a&&b]", "[]a]", "[a", "\\d", "\\w",
                "\\p{L}", "\\x41", "\\Qa\\E", "\\b", "a^", "a$", "[z-a]", "[a-z-0]", "[\\d]", "[\\ud800]", "\\ud83d\\ude00",
                "\ud83d\ude00", "[a-\\s]", "\\", "\\u12")) {
            assertThat(ClassRow.compile(regex)).as(regex).isNull();
        }
    }
}
