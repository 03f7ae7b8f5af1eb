package kb.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression of at most 63 characters to match (classes, or single characters), put
 * together by sequence, alternatives ({@code |}), groups, {@code ?}, {@code *}, {@code +} and
 * counts ({@code {4}}, {@code {2,3}}), between an optional {@code ^} and an optional {@code \z}:
 * the form of every pattern of the fact schemas (ids, summaries, source references, partial
 * dates). It is searched as {@link java.util.regex.Matcher#find} searches the same text, code
 * point by code point, by following every place the pattern may be at once, a bit each
 * (Glushkov's automaton of the pattern), with no matcher and no backtracking: a quick read checks
 * such a pattern for every id, date, summary and source of a case, and the regex engine cost a
 * fifth of the read.
 *
 * <p>{@link #compile} takes only what it is sure to read as {@link java.util.regex.Pattern} reads
 * it and says null for anything else ({@code .}, classes within classes, intersections, a range
 * touching the surrogates, other escapes, lazy or possessive quantifiers, look-arounds, back
 * references, an anchor anywhere else, or a {@code |} beside an anchor outside any group), which
 * is then left to {@code Pattern}. {@code SmallRegexTest} holds it to {@code Pattern} on many texts.
 */
final class SmallRegex {
    /** At most this many characters to match, so that each has a bit of a long. */
    private static final int MOST = 63;
    /** The most a count in braces may say: each repetition is another copy of the positions. */
    private static final int MOST_COUNTED = 16;

    /** What each position matches. */
    private final CharSet[] classes;
    /** The positions of the pattern each ASCII character matches, looked up instead of tested. */
    private final long[] ascii = new long[128];
    /** For each position, the positions that may come next. */
    private final long[] follow;
    /** The positions a match may begin and end with, and whether it may be empty. */
    private final long first;
    private final long last;
    private final boolean nullable;
    private final boolean fromStart;
    private final boolean toEnd;

    private SmallRegex(List<CharSet> classes, long[] follow, Part whole, boolean fromStart, boolean toEnd) {
        this.classes = classes.toArray(new CharSet[0]);
        this.follow = follow;
        this.first = whole.first();
        this.last = whole.last();
        this.nullable = whole.nullable();
        this.fromStart = fromStart;
        this.toEnd = toEnd;
        for (int c = 0; c < ascii.length; c++) {
            for (int p = 0; p < this.classes.length; p++) {
                if (this.classes[p].contains(c)) {
                    ascii[c] |= 1L << p;
                }
            }
        }
    }

    /** Whether the pattern is found in the text, as {@code Pattern.compile(regex).matcher(text).find()} says. */
    boolean find(String text) {
        if (nullable && !toEnd) {
            return true; // an empty match, at the start
        }
        long places = 0;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            long may = fromStart && i > 0 ? 0 : first;
            for (long open = places; open != 0; open &= open - 1) {
                may |= follow[Long.numberOfTrailingZeros(open)];
            }
            i += Character.charCount(c);
            places = c < 128 ? may & ascii[c] : matching(may, c);
            if (!toEnd && (places & last) != 0) {
                return true;
            }
            if (places == 0 && fromStart) {
                return false;
            }
        }
        return (places & last) != 0 || (nullable && (!fromStart || length == 0));
    }

    /** Those of the positions {@code may} that match {@code c}. */
    private long matching(long may, int c) {
        long matched = 0;
        for (long open = may; open != 0; open &= open - 1) {
            int p = Long.numberOfTrailingZeros(open);
            if (classes[p].contains(c)) {
                matched |= 1L << p;
            }
        }
        return matched;
    }

    /**
     * A search for {@code pattern} (compiled without flags) that says what {@code
     * pattern.matcher(text).find()} says: by its small regex when it is one, else by a matcher
     * kept per thread (making one for every id and date was 7% of a batch in a fresh JVM).
     */
    static Predicate<String> searcher(Pattern pattern) {
        SmallRegex small = compile(pattern.pattern());
        if (small != null) {
            return small::find;
        }
        ThreadLocal<Matcher> matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
        return text -> matcher.get().reset(text).find();
    }

    /** The pattern (as the validator rewrites it: {@code $} made {@code \z}) as a small regex, or null when it is not one. */
    static SmallRegex compile(String regex) {
        try {
            return new Reader(regex).whole();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** A piece of the pattern: whether it may match nothing, and the positions a match of it may begin and end with. */
    private record Part(boolean nullable, long first, long last) {
        static final Part EMPTY = new Part(true, 0, 0);

        Part optional() {
            return new Part(true, first, last);
        }
    }

    /** Thrown while reading: not a small regex. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Which code points a class holds: a bit for each of the basic plane, one answer for all beyond it. */
    private static final class CharSet {
        final long[] basic = new long[1 << 10];
        boolean beyond;

        boolean contains(int c) {
            return c < 0x10000 ? (basic[c >>> 6] & (1L << c)) != 0 : beyond;
        }

        void add(int from, int to) {
            for (int c = from; c <= to; c++) {
                basic[c >>> 6] |= 1L << c;
            }
        }

        /** Java's {@code \s} without flags: space, tab, line feed, vertical tab, form feed, carriage return. */
        void addSpace() {
            add(' ', ' ');
            add('\t', '\r');
        }

        /** The class of one code point. */
        static CharSet of(int c) {
            CharSet set = new CharSet();
            set.add(c, c);
            return set;
        }

        void addAll(CharSet other) {
            for (int i = 0; i < basic.length; i++) {
                basic[i] |= other.basic[i];
            }
            beyond |= other.beyond;
        }

        CharSet complement() {
            CharSet c = new CharSet();
            for (int i = 0; i < basic.length; i++) {
                c.basic[i] = ~basic[i];
            }
            c.beyond = !beyond;
            return c;
        }
    }

    /**
     * Reads a pattern left to right into positions and the follow relation between them
     * (Glushkov's construction); anything it does not know ends the read.
     */
    private static final class Reader {
        private final String text;
        private final List<CharSet> positions = new ArrayList<>();
        private final long[] follow = new long[MOST];
        private int at;
        private int stop;
        private int depth;
        private boolean alternativesOutside;

        Reader(String text) {
            this.text = text;
        }

        SmallRegex whole() throws Unsupported {
            boolean fromStart = text.startsWith("^");
            boolean toEnd = text.endsWith("\\z") && !text.endsWith("\\\\z");
            at = fromStart ? 1 : 0;
            stop = text.length() - (toEnd ? 2 : 0);
            if (stop < at) {
                throw new Unsupported();
            }
            Part whole = alternatives();
            if (at != stop || ((fromStart || toEnd) && alternativesOutside)) {
                throw new Unsupported(); // a ) too many; or ^a|b, whose anchor holds for one side only
            }
            return new SmallRegex(positions, java.util.Arrays.copyOf(follow, positions.size()), whole, fromStart, toEnd);
        }

        private Part alternatives() throws Unsupported {
            Part p = sequence();
            while (at < stop && text.charAt(at) == '|') {
                at++;
                alternativesOutside |= depth == 0;
                Part q = sequence();
                p = new Part(p.nullable() || q.nullable(), p.first() | q.first(), p.last() | q.last());
            }
            return p;
        }

        private Part sequence() throws Unsupported {
            Part p = Part.EMPTY;
            while (at < stop && text.charAt(at) != '|' && text.charAt(at) != ')') {
                p = then(p, repeated());
            }
            return p;
        }

        /** {@code p} followed by {@code q}. */
        private Part then(Part p, Part q) {
            link(p.last(), q.first());
            return new Part(p.nullable() && q.nullable(), p.nullable() ? p.first() | q.first() : p.first(),
                    q.nullable() ? p.last() | q.last() : q.last());
        }

        /** Each position of {@code from} may be followed by each of {@code to}. */
        private void link(long from, long to) {
            for (long open = from; open != 0; open &= open - 1) {
                follow[Long.numberOfTrailingZeros(open)] |= to;
            }
        }

        private Part repeated() throws Unsupported {
            int begin = at;
            Part p = atom();
            if (at >= stop) {
                return p;
            }
            char q = text.charAt(at);
            if (q == '?') {
                at++;
                p = p.optional();
            } else if (q == '*' || q == '+') {
                at++;
                link(p.last(), p.first());
                p = q == '*' ? p.optional() : p;
            } else if (q == '{') {
                p = counted(begin, p);
            } else {
                return p;
            }
            if (at < stop && "?+*{".indexOf(text.charAt(at)) >= 0) {
                throw new Unsupported(); // lazy, possessive, or a quantifier on a quantifier
            }
            return p;
        }

        /** {@code {n}}, {@code {n,}} or {@code {n,m}} after the atom read from {@code begin} as {@code once}: the atom copied. */
        private Part counted(int begin, Part once) throws Unsupported {
            int close = text.indexOf('}', at);
            if (close < 0 || close >= stop) {
                throw new Unsupported();
            }
            String[] bounds = text.substring(at + 1, close).split(",", -1);
            int least = number(bounds[0]);
            int most = bounds.length == 1 ? least : bounds[1].isEmpty() ? -1 : number(bounds[1]);
            if (bounds.length > 2 || (most >= 0 && most < least)) {
                throw new Unsupported();
            }
            int after = at;
            Part whole = Part.EMPTY;
            int copies = most < 0 ? least + 1 : most;
            for (int n = 0; n < copies; n++) {
                Part copy = n == 0 ? once : again(begin, after);
                if (n >= least) {
                    if (most < 0) { // {n,}: the last copy any number of times
                        link(copy.last(), copy.first());
                    }
                    copy = copy.optional();
                }
                whole = then(whole, copy);
            }
            at = close + 1;
            return whole;
        }

        /** The atom from {@code begin} to {@code end} read once more, as new positions. */
        private Part again(int begin, int end) throws Unsupported {
            at = begin;
            Part p = atom();
            if (at != end) {
                throw new Unsupported();
            }
            return p;
        }

        private static int number(String digits) throws Unsupported {
            if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(d -> d >= '0' && d <= '9')) {
                throw new Unsupported();
            }
            int n = Integer.parseInt(digits);
            if (n > MOST_COUNTED) {
                throw new Unsupported();
            }
            return n;
        }

        /** A group, a class, an escape or a character that stands for itself. */
        private Part atom() throws Unsupported {
            char c = text.charAt(at);
            if (c == '(') {
                at += text.startsWith("(?:", at) ? 3 : 1;
                if (at < stop && text.charAt(at) == '?') {
                    throw new Unsupported(); // look-arounds, flags, named groups
                }
                depth++;
                Part p = alternatives();
                depth--;
                if (at >= stop || text.charAt(at) != ')') {
                    throw new Unsupported();
                }
                at++;
                return p;
            }
            CharSet set;
            if (c == '[') {
                set = bracketed();
            } else if (c == '\\') {
                set = escaped();
            } else if (Character.isLetterOrDigit(c) || " _-/:,;'\"%@!=<>~`#&]}".indexOf(c) >= 0) {
                at++;
                set = CharSet.of(c);
            } else {
                set = null; // . ) | { ^ $ * + ? and anything else that may mean more than itself
            }
            if (set == null || positions.size() == MOST) {
                throw new Unsupported();
            }
            long bit = 1L << positions.size();
            positions.add(set);
            return new Part(false, bit, bit);
        }

        /** {@code [...]} or {@code [^...]}: single characters, ranges of them, and {@code \s} / {@code \S}. */
        private CharSet bracketed() {
            at++;
            boolean negated = at < text.length() && text.charAt(at) == '^';
            if (negated) {
                at++;
            }
            CharSet set = new CharSet();
            boolean first = true;
            while (at < text.length() && text.charAt(at) != ']') {
                char c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length() && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')) {
                    set.addAll(escaped());
                    first = false;
                    continue;
                }
                if (c == '-' && !first && at + 1 < text.length() && text.charAt(at + 1) != ']') {
                    return null; // a dash between things that is no range
                }
                int from = member();
                if (from < 0) {
                    return null;
                }
                int to = from;
                if (at + 1 < text.length() && text.charAt(at) == '-' && text.charAt(at + 1) != ']') {
                    at++;
                    to = member();
                    if (to < from) {
                        return null; // also when the range's end is no single character
                    }
                }
                if (touchesSurrogates(from, to)) {
                    return null;
                }
                set.add(from, to);
                first = false;
            }
            if (first || at >= text.length()) {
                return null; // an empty class, or no closing bracket
            }
            at++;
            return negated ? set.complement() : set;
        }

        /** A single character of a class at {@code at}, read past; -1 for a class within it, an intersection or an unknown escape. */
        private int member() {
            char c = text.charAt(at);
            if (c == '[' || (c == '&' && text.startsWith("&&", at))) {
                return -1;
            }
            if (c != '\\') {
                at++;
                return c;
            }
            int code = codeOf(at);
            at += at + 1 < text.length() && text.charAt(at + 1) == 'u' ? 6 : 2;
            return code;
        }

        /**
         * The escape at {@code at} as a class ({@code \s}, {@code \S}, {@code \\uXXXX}, {@code \t}
         * {@code \n} {@code \r} {@code \f}, or a backslash before a character that is no letter or
         * digit, which stands for itself), read past; null for any other.
         */
        private CharSet escaped() {
            char e = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (e == 's' || e == 'S') {
                at += 2;
                CharSet set = new CharSet();
                set.addSpace();
                return e == 's' ? set : set.complement();
            }
            int code = member();
            return code < 0 || touchesSurrogates(code, code) ? null : CharSet.of(code);
        }

        /** The one character an escape at {@code i} stands for, or -1 when it is not one of those known here. */
        private int codeOf(int i) {
            if (i + 1 >= text.length()) {
                return -1;
            }
            char e = text.charAt(i + 1);
            switch (e) {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'u': {
                    if (i + 6 > text.length()) {
                        return -1;
                    }
                    int code = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        char h = text.charAt(k);
                        int digit = h < 128 ? Character.digit(h, 16) : -1;
                        if (digit < 0) {
                            return -1;
                        }
                        code = code * 16 + digit;
                    }
                    return code;
                }
                default:
                    return e < 128 && !Character.isLetterOrDigit(e) ? e : -1;
            }
        }

        /** Whether a range holds a surrogate, which Java treats as half a character or a whole one depending on its neighbour. */
        private static boolean touchesSurrogates(int from, int to) {
            return from <= Character.MAX_SURROGATE && to >= Character.MIN_SURROGATE;
        }
    }
}
