package kb.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SmallRegex} searches a pattern without the regex engine. It must answer as {@link
 * Pattern} does for every text, and leave to {@code Pattern} every pattern it cannot read the same
 * way.
 */
class SmallRegexTest {
    /** As the fact schemas write them, after the validator's rewrite of {@code $}, and others of the same form. */
    private static final List<String> SMALL = List.of(
            "^(unknown|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|\\.\\.)/([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|\\.\\.))\\z",
            "a|b", "^(a|b)\\z", "(ab|a)c", "(a|)b", "()", "(?:ab)+\\z", "^(a*b)*\\z", "(a|bc)*c\\z", "x(a?|b+)?y",
            "a{2}", "^a{2}\\z", "^a{0}\\z", "^a{0}b\\z", "^a{0,}\\z", "^a{1,}b\\z", "^(ab){1,2}\\z", "^[0-9]{2,3}-?\\z",
            "^(a{2}|b){2}\\z", "7{3}", "a{0,2}b", "(a|b)\\z", "^(a|b)", "(x)(y)|z",
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
    private static final String[] PIECES = {"a", "b", "c", "x", "y", "F", "0", "7", "7", "2", "-", "-", ".", "_", "/", ":", "h",
            "t", "p", "s", "unknown", "2017", "2013-08", "08-17", "..",
            " ", "\t", "\n", "\r", "\u000b", "\f", "\u0085", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u0000", "\u001f", "\u007f",
            "é", "\\", "]", "\ud83d\ude00", "\ud800", "\udc00", "Z"};

    /** Texts every pattern is tried on besides the random ones: dates of each kind and near misses. */
    private static final List<String> PROBES = List.of("", "2013-08-17", "2013-08", "2013", "2014/2018", "../2018", "2013-08-17/..",
            "../..", "2013-8-17", "20130817", "2013-08-17\n", " 2013", "2013-08-17-01", "2013/", "unknown", "unknownx", "a", "aa",
            "ab", "abab", "ababab", "aab", "abc", "ac", "bcbcc", "xy", "xaay", "F1", "F01", "F", "id-1.a_b", "https://x.org/a",
            "http:// x", "7777", "b\u2028", "\ud83d\ude00a");

    @Test
    void everyPatternAnswersAsTheRegexEngineDoesOnEveryText() {
        Random random = new Random(20261203L);
        int datesFound = 0;
        for (String regex : SMALL) {
            SmallRegex small = SmallRegex.compile(regex);
            assertThat(small).as(regex).isNotNull();
            Pattern pattern = Pattern.compile(regex);
            List<String> texts = new java.util.ArrayList<>(PROBES);
            for (int i = 0; i < 4000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(8);
                for (int k = 0; k < length; k++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                texts.add(text.toString());
            }
            for (String t : texts) {
                boolean found = pattern.matcher(t).find();
                assertThat(small.find(t)).as("%s on \"%s\"", regex, t).isEqualTo(found);
                datesFound += regex.equals(SMALL.get(0)) && found ? 1 : 0;
            }
        }
        assertThat(datesFound).as("texts the date pattern finds").isGreaterThan(20);
    }

    @Test
    void aSearcherAnswersAsFindWhetherOrNotThePatternIsASmallRegex() {
        for (String regex : List.of("^[0-9]{2}\\z", "\\d{2}", "(?i)ab", "^F[1-9][0-9]*\\z")) {
            Pattern pattern = Pattern.compile(regex);
            java.util.function.Predicate<String> search = SmallRegex.searcher(pattern);
            for (String t : PROBES) {
                assertThat(search.test(t)).as("%s on \"%s\"", regex, t).isEqualTo(pattern.matcher(t).find());
            }
            assertThat(search.test("AB12")).as(regex).isEqualTo(pattern.matcher("AB12").find());
        }
    }

    @Test
    void whatItCannotReadAsTheRegexEngineDoesIsLeftToIt() {
        for (String regex : List.of(
                "^a|b", "a|b\\z", "^(a|b)|c", "a{2,1}", "a{,2}", "a{17}", "a{2", "(?=a)", "(?i)a", "(?<n>a)", "(a", "a)", "\\1",
                "[0-9]{16}[0-9]{16}[0-9]{16}[0-9]{16}", ".", "a+?", "a*+", "a??", "a{2}?", "a{2}+", "[a[b]]", "[a&&b]", "[]a]", "[a", "\\d", "\\w",
                "\\p{L}", "\\x41", "\\Qa\\E", "\\b", "a^", "a$", "[z-a]", "[a-z-0]", "[\\d]", "[\\ud800]", "\\ud83d\\ude00",
                "\ud83d\ude00", "[a-\\s]", "\\", "\\u12")) {
            assertThat(SmallRegex.compile(regex)).as(regex).isNull();
        }
    }
}
