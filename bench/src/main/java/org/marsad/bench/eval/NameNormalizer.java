package org.marsad.bench.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The evaluation's own normalisation of names, written independently of the NLP core so the score does not echo
 * the system: two spellings compare equal when their {@link #matchKeys} share a key. See docs/eval.md, "Metric".
 */
public final class NameNormalizer {

    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern QUOTES = Pattern.compile("[\"'\\u2018\\u2019\\u201C\\u201D\\u00AB\\u00BB#]");
    private static final Pattern SPACES = Pattern.compile("[\\s_\\u00A0]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");
    // English honorifics are not part of a name; "Lord Dubs" and "Dubs" are the same mention.
    private static final Pattern HONORIFIC = Pattern.compile("^(mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady)\\.? (?=\\S)");
    private static final Pattern POSSESSIVE = Pattern.compile("['\\u2019]s$");
    private static final int MIN_STEM_LETTERS = 3;

    private NameNormalizer() {
    }

    /**
     * NFKC; Arabic diacritics and tatweel removed; alef and hamza variants, alef maksura, ta marbuta, Persian yeh and
     * keheh folded; quotes and hashtag marks removed, underscores as spaces; lower case; an English possessive and
     * a leading English honorific dropped.
     */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = ARABIC_MARKS.matcher(s).replaceAll("");
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            folded.append(fold(s.charAt(i)));
        }
        s = POSSESSIVE.matcher(folded.toString()).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = EDGE_PUNCTUATION.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        return HONORIFIC.matcher(s).replaceFirst("");
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی', 'ئ' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ک' -> 'ك';
            default -> c;
        };
    }

    /**
     * The normalised text and its variants without a leading proclitic: و or ف, then ب, ل or ك (وبوتين, لروسيا),
     * لل for ل + ال (للأمم المتحدة), and the article ال itself (الإنتربول, إنتربول). A variant is kept only when
     * at least three letters remain, so short names are not cut down to nothing.
     */
    public static Set<String> matchKeys(String text) {
        String n = normalize(text);
        Set<String> keys = new LinkedHashSet<>();
        if (n.isEmpty()) {
            return keys;
        }
        keys.add(n);
        for (String conjunctionLess : withoutPrefix(n, "و", "ف")) {
            keys.add(conjunctionLess);
            for (String prepositionLess : withoutPrefix(conjunctionLess, "ب", "ل", "ك")) {
                keys.add(prepositionLess);
            }
            if (conjunctionLess.startsWith("لل") && letters(conjunctionLess) - 2 >= MIN_STEM_LETTERS) {
                keys.add("ال" + conjunctionLess.substring(2));
            }
        }
        for (String key : Set.copyOf(keys)) {
            if (key.startsWith("ال") && letters(key) - 2 >= MIN_STEM_LETTERS) {
                keys.add(key.substring(2));
            }
        }
        return keys;
    }

    /** The text itself, and the text without each of the given one-letter prefixes it starts with. */
    private static Set<String> withoutPrefix(String text, String... prefixes) {
        Set<String> out = new LinkedHashSet<>();
        out.add(text);
        for (String p : prefixes) {
            if (text.startsWith(p) && letters(text) - p.length() >= MIN_STEM_LETTERS) {
                out.add(text.substring(p.length()));
            }
        }
        return out;
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
