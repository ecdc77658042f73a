package org.marsad.nlp.core;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import org.marsad.events.Repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs what breaks matching without changing what a reader sees: Unicode NFKC (presentation forms,
 * compatibility characters), invisible format characters (zero-width, bidi controls), and mixed-script noise
 * inside Arabic words, such as a Thai vowel sign in {@code فิصل} or Latin letters glued to {@code وقراهem}, or a
 * Persian yeh/keheh in Arabic text; and Arabic words that real news never writes, one typing slip away from a
 * word it does ({@link MisspellingCorrector}). {@link WordFrequencies} decides what is a known word. Repairs are
 * conservative and each is recorded as a {@link Repair}; a word with fewer than two Arabic letters (e.g.
 * "Sputnik", "V") is never touched. Tatweel and diacritics stay:
 * they are display, and only {@link ArabicNormalizer} folds them for matching.
 */
public final class TextRepairer {

    static final String FOREIGN_LETTER = "foreign-letter-in-arabic-word";
    static final String PERSIAN_LETTER = "persian-letter-in-arabic-text";
    static final String MISSPELLING = "misspelling";

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /**
     * Letters of other scripts that look like an Arabic letter where they appear (keyboard and OCR noise),
     * lower-cased. The Thai vowel signs sit above the line like the dots of yeh; "m"/"em" look like a final meem.
     */
    private static final Map<String, String> LOOKALIKES = Map.of(
            "\u0E34", "\u064A",
            "\u0E35", "\u064A",
            "m", "\u0645",
            "em", "\u0645",
            "o", "\u0647",
            "\u043E", "\u0647");

    /** Pronoun suffixes: a repaired word ending in one of these is a well-formed Arabic word. */
    private static final String[] PRONOUN_SUFFIXES = {"هم", "هن", "كم", "كن", "ها", "نا"};

    private final WordFrequencies frequencies;
    private final MisspellingCorrector corrector;

    /** With the committed word list of real Arabic news and the names of the default lexicon. */
    public TextRepairer() {
        this(WordFrequencies.loadDefault(), EntityLexicon.loadDefault());
    }

    public TextRepairer(WordFrequencies frequencies, List<LexiconEntry> lexicon) {
        this.frequencies = frequencies;
        this.corrector = new MisspellingCorrector(frequencies, nameWords(lexicon));
    }

    /** Normalised Arabic words of four letters or more in the lexicon's names: evidence for a misspelt name. */
    private static Set<String> nameWords(List<LexiconEntry> lexicon) {
        Set<String> words = new HashSet<>();
        for (LexiconEntry entry : lexicon) {
            for (String name : entry.allNames()) {
                for (String word : ArabicNormalizer.normalize(name).split("[\\s-]+")) {
                    if (word.length() >= 4 && ArabicNormalizer.isArabicLetter(word.charAt(0))) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    public RepairedText repair(String text) {
        String s = removeInvisible(NFKC.isNormalized(text) ? text : NFKC.normalize(text));
        if (!hasArabicLetter(s)) {
            return new RepairedText(s, List.of());
        }
        boolean persianLettersAreNoise = persianLettersAreNoise(s);
        Map<String, Integer> vocabulary = null;
        StringBuilder out = new StringBuilder(s.length());
        List<Repair> repairs = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(s.codePointAt(i))) {
                out.append(s.charAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String word = s.substring(i, end);
            if (arabicLetters(word) >= 2 && (hasForeignLetter(word) || hasPersianLetter(word))) {
                if (vocabulary == null) {
                    vocabulary = vocabulary(s);
                }
                repairWord(word, out, repairs, vocabulary.keySet(), persianLettersAreNoise);
            } else if (persianLettersAreNoise && isPureArabic(word)) { // Arabic text, not Persian or Urdu
                String norm = ArabicNormalizer.normalize(word);
                String corrected = null;
                if (!frequencies.isKnown(norm)) {
                    if (vocabulary == null) {
                        vocabulary = vocabulary(s);
                    }
                    corrected = corrector.correct(word, norm, vocabulary.getOrDefault(norm, 0));
                }
                if (corrected == null) {
                    out.append(word);
                } else {
                    record(out, repairs, word, corrected, MISSPELLING);
                }
            } else {
                out.append(word);
            }
            i = end;
        }
        return new RepairedText(out.toString(), List.copyOf(repairs));
    }

    private void repairWord(String word, StringBuilder out, List<Repair> repairs, Set<String> vocabulary,
                            boolean persianLettersAreNoise) {
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (persianLettersAreNoise && (c == '\u06CC' || c == '\u06A9')) {
                boolean last = i == word.length() - 1;
                // a final Persian yeh has no dots, like Arabic alef maqsura; elsewhere it is a dotted yeh
                String replacement = c == '\u06A9' ? "\u0643" : last ? "\u0649" : "\u064A";
                record(out, repairs, String.valueOf(c), replacement, PERSIAN_LETTER);
                i++;
                continue;
            }
            if (!isForeign(word.codePointAt(i))) {
                out.append(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < word.length() && isForeign(word.codePointAt(runEnd))) {
                runEnd += Character.charCount(word.codePointAt(runEnd));
            }
            String run = word.substring(i, runEnd);
            String replacement = decide(word, i, runEnd, run, vocabulary);
            if (replacement == null) {
                out.append(run);
            } else {
                record(out, repairs, run, replacement, FOREIGN_LETTER);
            }
            i = runEnd;
        }
    }

    /** The Arabic text that replaces a foreign run, or null when the evidence is not strong enough. */
    private String decide(String word, int runStart, int runEnd, String run, Set<String> vocabulary) {
        boolean inside = runStart > 0 && runEnd < word.length()
                && ArabicNormalizer.isArabicLetter(word.charAt(runStart - 1))
                && ArabicNormalizer.isArabicLetter(word.charAt(runEnd));
        String lookalike = LOOKALIKES.get(run.toLowerCase(java.util.Locale.ROOT));
        if (lookalike != null) {
            String candidate = word.substring(0, runStart) + lookalike + word.substring(runEnd);
            if (inside || isKnown(candidate, vocabulary) || endsWithPronounSuffix(candidate)) {
                return lookalike;
            }
        }
        // a short lower-case run that the rest of the article shows to be noise is dropped; longer runs may be
        // a real word that lost its space and capitals an abbreviation ("V"), which are not ours to guess
        if (run.codePointCount(0, run.length()) <= 2 && run.chars().noneMatch(Character::isUpperCase)) {
            String dropped = word.substring(0, runStart) + word.substring(runEnd);
            if (isKnown(dropped, vocabulary)) {
                return "";
            }
        }
        return null;
    }

    private static void record(StringBuilder out, List<Repair> repairs, String original, String replacement,
                               String reason) {
        int start = out.length();
        out.append(replacement);
        repairs.add(new Repair(start, out.length(), original, replacement, reason));
    }

    /** Known from the article itself or from the word list of real news, with or without a proclitic. */
    private boolean isKnown(String word, Set<String> vocabulary) {
        String norm = ArabicNormalizer.normalize(word);
        if (vocabulary.contains(norm) || frequencies.isKnown(norm)) {
            return true;
        }
        return norm.length() > 3 && "وفبلك".indexOf(norm.charAt(0)) >= 0 && vocabulary.contains(norm.substring(1));
    }

    private static boolean endsWithPronounSuffix(String word) {
        String norm = ArabicNormalizer.normalize(word);
        if (norm.length() < 4) {
            return false;
        }
        for (String suffix : PRONOUN_SUFFIXES) {
            if (norm.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Normalised pure-Arabic words of the text with how often each occurs, as evidence of what the article's
     * words look like (forms without a proclitic are added with a count of 0).
     */
    private static Map<String, Integer> vocabulary(String s) {
        Map<String, Integer> words = new HashMap<>();
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s.codePointAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean pure = true;
            while (end < s.length() && isWordChar(s.codePointAt(end))) {
                int cp = s.codePointAt(end);
                pure &= !isForeign(cp) && cp != '\u06CC' && cp != '\u06A9';
                end += Character.charCount(cp);
            }
            if (pure) {
                String norm = ArabicNormalizer.normalize(s.substring(i, end));
                words.merge(norm, 1, Integer::sum);
                if (norm.length() > 3 && "وفبلك".indexOf(norm.charAt(0)) >= 0) {
                    words.putIfAbsent(norm.substring(1), 0);
                }
            }
            i = end;
        }
        return words;
    }

    /** Text without Arabic letters (the English articles) has nothing to repair here: one scan. */
    private static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ArabicNormalizer.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic letters and marks only: a word the misspelling check can read. */
    private static boolean isPureArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '\u0621' || c > '\u0652' || c == '\u0640') {
                return false;
            }
        }
        return true;
    }

    /** Persian yeh and keheh are noise only in Arabic text, where the Arabic yeh and kaf outnumber them. */
    private static boolean persianLettersAreNoise(String s) {
        int arabic = 0;
        int persian = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u064A' || c == '\u0643') {
                arabic++;
            } else if (c == '\u06CC' || c == '\u06A9' || c == '\u067E' || c == '\u0686' || c == '\u06AF') {
                persian++;
            }
        }
        return arabic > persian;
    }

    private static String removeInvisible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Zero-width and bidi control characters: they change nothing visible and break matching. ZWNJ stays (Persian). */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u00AD'
                || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static int arabicLetters(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (ArabicNormalizer.isArabicLetter(word.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasForeignLetter(String word) {
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            if (isForeign(word.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPersianLetter(String word) {
        return word.indexOf('\u06CC') >= 0 || word.indexOf('\u06A9') >= 0;
    }

    private static boolean isWordChar(int cp) {
        if ((cp >= 0x0621 && cp <= 0x0652) || (cp >= 'a' && cp <= 'z')) {
            return true; // Arabic letters and harakat, Latin: the bulk of the text, without property lookups
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** A letter or mark of a script other than Arabic (Common and Inherited belong to every script). */
    private static boolean isForeign(int cp) {
        if (cp >= 0x0600 && cp <= 0x06FF) {
            return false;
        }
        if (!isWordChar(cp)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.ARABIC && script != UScript.COMMON && script != UScript.INHERITED;
    }
}
