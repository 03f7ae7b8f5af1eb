package kb.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression that is nothing but a row of character classes, each taken once, at most
 * once ({@code ?}), any number of times ({@code *}) or at least once ({@code +}), between an
 * optional {@code ^} and an optional {@code \z}: the form of the fact schemas' ids, summaries and
 * source references ({@code ^[A-Za-z0-9._-]+\z}, {@code \S}, {@code [^\s\u0000-\u001f…]}). It is
 * searched as {@link java.util.regex.Matcher#find} searches the same text, code point by code
 * point, by following every place in the row at once (a bit each), with no matcher and no
 * backtracking: a quick read checks such a pattern for every id, summary and source of a case,
 * and the regex engine cost a sixth of the read.
 *
 * <p>{@link #compile} takes only what it is sure to read as {@link java.util.regex.Pattern} reads
 * it and says null for anything else (groups, alternatives, counts in braces, {@code .}, classes
 * within classes, a range touching the surrogates, other escapes), which is then left to
 * {@code Pattern}. {@code ClassRowTest} holds it to {@code Pattern} on many texts.
 */
final class ClassRow {
    /** At most this many classes in a row, so that every place in it, and the end, has a bit of a long. */
    private static final int MOST = 63;

    private final CharSet[] classes;
    /** The places one may be at before any character: the first, and those after classes that may be left out. */
    private final long start;
    /** For each class, the places one may be at once it has taken a character. */
    private final long[] after;
    /** The bit of the place after the last class: the text so far matched. */
    private final long end;
    private final boolean fromStart;
    private final boolean toEnd;

    private ClassRow(List<CharSet> classes, List<Character> quantifiers, boolean fromStart, boolean toEnd) {
        int n = classes.size();
        this.classes = classes.toArray(new CharSet[0]);
        this.end = 1L << n;
        long[] closure = new long[n + 1];
        closure[n] = end;
        for (int i = n - 1; i >= 0; i--) {
            char q = quantifiers.get(i);
            closure[i] = (1L << i) | (q == '?' || q == '*' ? closure[i + 1] : 0);
        }
        this.after = new long[n];
        for (int i = 0; i < n; i++) {
            char q = quantifiers.get(i);
            after[i] = closure[i + 1] | (q == '*' || q == '+' ? closure[i] : 0);
        }
        this.start = closure[0];
        this.fromStart = fromStart;
        this.toEnd = toEnd;
    }

    /** Whether the pattern is found in the text, as {@code Pattern.compile(regex).matcher(text).find()} says. */
    boolean find(String text) {
        long places = start;
        if (!toEnd && (places & end) != 0) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            long next = 0;
            for (long open = places & ~end; open != 0; open &= open - 1) {
                int at = Long.numberOfTrailingZeros(open);
                if (classes[at].contains(c)) {
                    next |= after[at];
                }
            }
            places = fromStart ? next : next | start;
            if (places == 0) {
                return false;
            }
            if (!toEnd && (places & end) != 0) {
                return true;
            }
        }
        return (places & end) != 0;
    }

    /** The row a regular expression (as the validator rewrites it: {@code $} made {@code \z}) is, or null when it is not one. */
    static ClassRow compile(String regex) {
        return new Reader(regex).row();
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

        void addAllBut(CharSet other) {
            for (int i = 0; i < basic.length; i++) {
                basic[i] |= ~other.basic[i];
            }
            beyond |= !other.beyond;
        }

        CharSet complement() {
            CharSet c = new CharSet();
            c.addAllBut(this);
            return c;
        }
    }

    /** Reads a pattern left to right; any construct it does not know ends the read with null. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        ClassRow row() {
            boolean fromStart = text.startsWith("^");
            at = fromStart ? 1 : 0;
            boolean toEnd = text.endsWith("\\z") && !text.endsWith("\\\\z");
            int stop = text.length() - (toEnd ? 2 : 0);
            List<CharSet> classes = new ArrayList<>();
            List<Character> quantifiers = new ArrayList<>();
            while (at < stop) {
                CharSet set = atom();
                if (set == null || classes.size() == MOST) {
                    return null;
                }
                char q = at < stop ? text.charAt(at) : ' ';
                if (q == '?' || q == '*' || q == '+') {
                    at++;
                    if (at < stop && "?+*{".indexOf(text.charAt(at)) >= 0) {
                        return null; // lazy, possessive, or a quantifier on a quantifier
                    }
                } else {
                    q = '1';
                }
                classes.add(set);
                quantifiers.add(q);
            }
            return at == stop ? new ClassRow(classes, quantifiers, fromStart, toEnd) : null;
        }

        /** One class, bracketed or not, or null. */
        private CharSet atom() {
            char c = text.charAt(at);
            if (c == '[') {
                return bracketed();
            }
            if (c == '\\') {
                return escaped();
            }
            if (Character.isLetterOrDigit(c) || " _-/:,;'\"%@!=<>~`#&]}".indexOf(c) >= 0) {
                at++;
                CharSet set = new CharSet();
                return single(set, c);
            }
            return null; // . ( ) | { ^ $ * + ? and anything else that may mean more than itself
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
                    merge(set, escaped());
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
            if (at + 1 >= text.length()) {
                return null;
            }
            char e = text.charAt(at + 1);
            CharSet set = new CharSet();
            if (e == 's' || e == 'S') {
                at += 2;
                set.addSpace();
                return e == 's' ? set : set.complement();
            }
            int code = codeOf(at);
            if (code < 0 || touchesSurrogates(code, code)) {
                return null;
            }
            at += e == 'u' ? 6 : 2;
            return single(set, code);
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
                        int digit = Character.digit(text.charAt(k), 16);
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

        private static CharSet single(CharSet set, int c) {
            set.add(c, c);
            return set;
        }

        private static void merge(CharSet into, CharSet from) {
            for (int i = 0; i < into.basic.length; i++) {
                into.basic[i] |= from.basic[i];
            }
            into.beyond |= from.beyond;
        }

        /** Whether a range holds a surrogate, which Java treats as half a character or a whole one depending on its neighbour. */
        private static boolean touchesSurrogates(int from, int to) {
            return from <= Character.MAX_SURROGATE && to >= Character.MIN_SURROGATE;
        }
    }
}
