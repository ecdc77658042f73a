package org.marsad.nlp.core;

import java.util.Set;

/**
 * Corrects an Arabic word that real news never writes when one typing slip away there is a word it writes
 * very often, or a name the lexicon knows. Three slips are recognised: a neighbouring key on the Arabic keyboard
 * ({@code رغن} → {@code رغم}: ن and م are side by side; {@code محاقظة} → {@code محافظة}), a letter typed twice
 * ({@code االقرار} → {@code القرار}), and a long vowel slipped into a known name ({@code سيبوتنيك} →
 * {@code سبوتنيك}). Deliberately strict, because a rare name must never be "corrected": the word must be unknown
 * to {@link WordFrequencies} even without its proclitics and suffixes, appear once in the article, and the
 * correction must be common (measured on 2,000 unseen ANT articles: about 0.05 corrections an article, most of
 * them right) and clearly beat every other candidate.
 */
public final class MisspellingCorrector {

    /** How often a keyboard-slip correction must occur in the corpora to count as strong evidence. */
    static final int COMMON = 1000;
    /** A doubled letter is a slip that names rarely show: weaker evidence is enough. */
    static final int COMMON_FOR_DOUBLED = 300;
    /** The best candidate must be this many times more frequent than the next one. */
    private static final int DOMINANCE = 4;
    private static final int MIN_LENGTH = 3;
    private static final String LONG_VOWELS = "اوي";
    private static final String[] PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "فب", "فل", "وس",
            "و", "ف", "ب", "ل", "ك", "س"};
    private static final String[] SUFFIXES = {"هما", "كما", "ها", "هم", "هن", "كم", "نا", "ات", "ين", "ون", "ان",
            "وا", "ه", "ي", "ك", "ت", "ا"};

    /** The Arabic (101) keyboard, row by row: letters side by side are the usual slips of a finger. */
    private static final String[] KEY_ROWS = {"ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر", "ىةوزظ"};

    private final WordFrequencies frequencies;
    /** Normalised words of the lexicon's Arabic names. */
    private final Set<String> nameWords;

    public MisspellingCorrector(WordFrequencies frequencies, Set<String> nameWords) {
        this.frequencies = frequencies;
        this.nameWords = Set.copyOf(nameWords);
    }

    /**
     * The corrected word (as written, with the one edit applied), or null when it is no misspelling or the
     * evidence is not strong enough.
     *
     * @param word           the word as written, Arabic letters only
     * @param norm           its normalised form
     * @param timesInArticle how often the article writes this word: a repeated spelling is deliberate
     */
    public String correct(String word, String norm, int timesInArticle) {
        if (timesInArticle > 1 || norm.length() < MIN_LENGTH || norm.length() != word.length()
                || gluedWords(word) || nameWords.contains(norm) || isKnownWithAffixes(norm)) {
            return null;
        }
        Candidates candidates = new Candidates();
        StringBuilder candidate = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            boolean doubled = i > 0 && norm.charAt(i - 1) == c;
            boolean vowelInside = i > 0 && i < norm.length() - 1 && LONG_VOWELS.indexOf(c) >= 0;
            if (norm.length() > MIN_LENGTH && (doubled || vowelInside)) {
                candidate.setLength(0);
                candidate.append(norm, 0, i).append(norm, i + 1, norm.length());
                String name = candidate.toString();
                int count = frequencies.count(candidate);
                int score = doubled && count >= COMMON_FOR_DOUBLED ? count
                        : nameWords.contains(name) ? Math.max(count, COMMON) : 0;
                // of a doubled letter the first goes, so the one written with a hamza stays (اأستانا → أستانا)
                int drop = doubled ? i - 1 : i;
                candidates.offer(word.substring(0, drop) + word.substring(drop + 1), score);
            }
            for (char neighbour : neighbours(c)) {
                candidate.setLength(0);
                candidate.append(norm, 0, i).append(neighbour).append(norm, i + 1, norm.length());
                int count = frequencies.count(candidate);
                candidates.offer(word.substring(0, i) + neighbour + word.substring(i + 1), count >= COMMON ? count : 0);
            }
        }
        return candidates.winner();
    }

    /** The best correction, kept only when it clearly beats the others. */
    private static final class Candidates {
        String best;
        int bestScore;
        int secondScore;

        void offer(String corrected, int score) {
            if (score == 0 || corrected.equals(best)) {
                return; // deleting either of two equal letters is one correction
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = corrected;
            } else {
                secondScore = Math.max(secondScore, score);
            }
        }

        String winner() {
            return bestScore > 0 && bestScore >= DOMINANCE * secondScore ? best : null;
        }
    }

    /** An alef maqsura or teh marbuta inside a word ends a word: two words lost their space (إلىاتفاق). */
    private static boolean gluedWords(String word) {
        for (int i = 0; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == 'ى' || c == 'ة') {
                return true;
            }
        }
        return false;
    }

    /** Known as it is, or once a proclitic or a suffix is taken off (وبمنطقة, مطاراته are words). */
    private boolean isKnownWithAffixes(String norm) {
        if (frequencies.isKnown(norm)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (norm.length() - prefix.length() >= 2 && norm.startsWith(prefix)
                    && frequencies.isKnown(norm.substring(prefix.length()))) {
                return true;
            }
        }
        for (String suffix : SUFFIXES) {
            if (norm.length() - suffix.length() >= 2 && norm.endsWith(suffix)
                    && frequencies.isKnown(norm.substring(0, norm.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static char[] neighbours(char c) {
        for (String row : KEY_ROWS) {
            int i = row.indexOf(c);
            if (i >= 0) {
                StringBuilder out = new StringBuilder(2);
                if (i > 0) {
                    out.append(row.charAt(i - 1));
                }
                if (i + 1 < row.length()) {
                    out.append(row.charAt(i + 1));
                }
                return out.toString().toCharArray();
            }
        }
        return new char[0];
    }
}
