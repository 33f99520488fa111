package org.resetdesk.conversation.intent;

import java.util.Arrays;

/**
 * Turns a folded message into sparse features, each a 64-bit key: word stems, pairs of neighbouring stems, and the
 * letter trigrams of the whole message (spaces included, so word edges count). Keys are counted, not weighted; the
 * classifier weights them. Allocates only the arrays it returns. Stateless and thread-safe.
 *
 * <p>A stem is the word without one common English or Romanian ending (keeping at least {@value #MIN_STEM} letters),
 * cut to {@value #MAX_STEM} letters: "passwords" and "password", "parola" and "parolei", "resetare" and "reseteaza"
 * meet. Trigrams catch what stemming misses: typos, glued words, other endings.
 */
final class TextFeatures {

    /** Kind tags in the top four bits of a key. */
    static final long WORD = 1L << 60;
    static final long PAIR = 2L << 60;
    static final long TRIGRAM = 3L << 60;

    static final long KIND = 0xFL << 60;
    private static final long HASH = ~KIND;

    static final int MIN_STEM = 3;
    static final int MAX_STEM = 6;

    /** Endings removed from words, longest first so the longest that fits wins. */
    private static final String[] SUFFIXES = sortedLongestFirst(
            // Romanian: articles, plurals, genitives, verb endings.
            "urilor", "ilor", "elor", "ului", "eaza", "easca", "ezi", "eze", "ez", "esc", "este", "area", "arii",
            "are", "ari", "ata", "ate", "ati", "at", "ita", "it", "uri", "ul", "ii", "ei", "ele", "le", "ea", "ul",
            "a", "e", "i", "u",
            // English: plurals, tenses, adverbs, nominalisations.
            "ations", "ation", "ings", "ing", "edly", "ed", "es", "s", "ly", "ment", "ness", "ers", "er");

    private TextFeatures() {
    }

    /** Counted features of a folded text (lower case, no diacritics, words separated by single spaces). */
    static Counted of(String folded) {
        int length = folded.length();
        long[] keys = new long[3 * length + 4];
        int size = 0;
        long previous = 0;
        int start = 0;
        while (start < length) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                long stem = stemHash(folded, start, end);
                keys[size++] = WORD | stem;
                if (previous != 0) {
                    keys[size++] = PAIR | (mix(previous * 31 + stem) & HASH);
                }

                previous = stem;
            }
            start = end + 1;
        }
        for (int i = -1; i <= length - 2; i++) {
            char a = charAt(folded, i);
            char b = charAt(folded, i + 1);
            char c = charAt(folded, i + 2);
            keys[size++] = TRIGRAM | (long) a << 32 | (long) b << 16 | c;
        }
        return Counted.of(keys, size);
    }

    private static char charAt(String text, int index) {
        return index < 0 || index >= text.length() ? ' ' : text.charAt(index);
    }

    /** Hash of the stem of {@code text[start, end)}, never zero, without building the stem as a string. */
    private static long stemHash(String text, int start, int end) {
        int stemEnd = end;
        if (end - start > MIN_STEM) {
            for (String suffix : SUFFIXES) {
                int cut = end - suffix.length();
                if (cut - start >= MIN_STEM && text.startsWith(suffix, cut)) {
                    stemEnd = cut;
                    // "resetting" -> "resett" -> "reset", "stopped" -> "stopp" -> "stop"; but "called" -> "call"
                    if ((suffix.startsWith("ing") || suffix.startsWith("e")) && stemEnd - start > MIN_STEM
                            && text.charAt(stemEnd - 1) == text.charAt(stemEnd - 2)
                            && "aeioulsz".indexOf(text.charAt(stemEnd - 1)) < 0) {
                        stemEnd--;
                    }
                    break;
                }
            }
        }
        stemEnd = Math.min(stemEnd, start + MAX_STEM);
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < stemEnd; i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        long mixed = mix(hash) & HASH;
        return mixed == 0 ? 1 : mixed;
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole key. */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static String[] sortedLongestFirst(String... suffixes) {
        return Arrays.stream(suffixes).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .toArray(String[]::new);
    }

    /** Whether a key is a word-level feature (a stem or a pair of stems) rather than a trigram. */
    static boolean isWordLevel(long key) {
        return (key & KIND) != TRIGRAM;
    }

    /** Distinct feature keys in ascending order and how often each occurs. */
    record Counted(long[] keys, int[] counts) {

        static Counted of(long[] keys, int size) {
            Arrays.sort(keys, 0, size);
            int distinct = 0;
            int[] counts = new int[size];
            for (int i = 0; i < size; i++) {
                if (distinct > 0 && keys[distinct - 1] == keys[i]) {
                    counts[distinct - 1]++;
                } else {
                    keys[distinct] = keys[i];
                    counts[distinct++] = 1;
                }
            }
            return new Counted(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct));
        }

        int size() {
            return keys.length;
        }
    }
}
